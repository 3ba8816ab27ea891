# for_each keys with unicode, quotes and brackets: the addresses tfaudit prints must be the
# addresses Terraform wrote.
resource "aws_sqs_queue" "q" {
  for_each = toset(["ünïcödé", "with \"quotes\"", "日本語", "a]b[c", "back\\slash"])
  name     = "q-${md5(each.key)}"
}
