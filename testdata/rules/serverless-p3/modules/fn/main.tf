variable "role" {
  type = string
}

variable "action" {
  type = string
}

resource "aws_lambda_function" "this" {
  function_name = "module-fn"
  role          = var.role
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_permission" "this" {
  action        = var.action
  function_name = aws_lambda_function.this.function_name
  principal     = "events.amazonaws.com"
}
