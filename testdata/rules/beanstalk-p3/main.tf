# F13 P3 Elastic Beanstalk rule: enhanced health, managed platform updates and log streaming
# (AWS-EB-001).
variable "stream_logs" {
  type    = string
  default = "false"
}

resource "aws_kms_key" "helper" {
  description = "helper"
}

resource "aws_elastic_beanstalk_application" "web" {
  name = "web"
}

resource "aws_elastic_beanstalk_environment" "defaults" {
  name                = "defaults"
  application         = aws_elastic_beanstalk_application.web.name
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"
}

resource "aws_elastic_beanstalk_environment" "hardened" {
  name                = "hardened"
  application         = aws_elastic_beanstalk_application.web.name
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
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "PreferredStartTime"
    value     = "Sun:02:00"
  }
  setting {
    namespace = "aws:elasticbeanstalk:cloudwatch:logs"
    name      = "StreamLogs"
    value     = "true"
  }
}

resource "aws_elastic_beanstalk_environment" "known_after_apply" {
  name                = "later"
  application         = aws_elastic_beanstalk_application.web.name
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
    value     = aws_kms_key.helper.arn != "" ? "true" : "false"
  }
}

module "env" {
  source      = "./modules/m"
  application = aws_elastic_beanstalk_application.web.name
  stream_logs = var.stream_logs
}
