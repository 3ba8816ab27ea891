variable "bucket" {
  type = string
}

variable "encryption_option" {
  type = string
}

resource "aws_athena_workgroup" "this" {
  name = "from-module"
  configuration {
    result_configuration {
      output_location = "s3://analytics-f09-results/module/"
      encryption_configuration {
        encryption_option = var.encryption_option
      }
    }
  }
}

resource "aws_athena_database" "this" {
  name   = "from_module"
  bucket = var.bucket
  encryption_configuration {
    encryption_option = var.encryption_option
  }
}
