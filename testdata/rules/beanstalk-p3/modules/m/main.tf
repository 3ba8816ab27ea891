variable "application" {
  type = string
}

variable "stream_logs" {
  type = string
}

resource "aws_elastic_beanstalk_environment" "this" {
  name                = "module-env"
  application         = var.application
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"
  setting {
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    value     = "enhanced"
  }
  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "true"
  }
  setting {
    namespace = "aws:elasticbeanstalk:cloudwatch:logs"
    name      = "StreamLogs"
    value     = var.stream_logs
  }
}
