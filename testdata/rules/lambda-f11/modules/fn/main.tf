variable "name" {
  type = string
}

variable "role" {
  type = string
}

variable "api_key" {
  type = string
}

resource "aws_lambda_function" "this" {
  function_name = var.name
  role          = var.role
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = {
      SETTINGS = var.api_key
    }
  }
}
