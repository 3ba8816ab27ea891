# SageMaker P3 fixtures: AWS-SGM-003..009.
variable "root_access" {
  type    = string
  default = "Disabled"
}

variable "imds_version" {
  type    = string
  default = "2"
}

locals {
  notebook_key = aws_kms_key.helper.arn
  role         = "arn:aws:iam::123456789012:role/sagemaker"
}

resource "aws_kms_key" "helper" {
  description = "sagemaker"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "other" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.2.0/24"
}

# --- notebooks ---
resource "aws_sagemaker_notebook_instance" "defaults" {
  name          = "defaults"
  role_arn      = local.role
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "hardened" {
  name                   = "hardened"
  platform_identifier    = "notebook-al2-v3"
  role_arn               = local.role
  instance_type          = "ml.t3.medium"
  kms_key_id             = aws_kms_key.helper.arn
  subnet_id              = aws_subnet.private.id
  security_groups        = [aws_vpc.main.default_security_group_id]
  direct_internet_access = "Disabled"
  root_access            = "Disabled"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

resource "aws_sagemaker_notebook_instance" "from_vars" {
  name          = "from-vars"
  role_arn      = local.role
  instance_type = "ml.t3.medium"
  kms_key_id    = "alias/aws/sagemaker"
  subnet_id     = "subnet-0123456789abcdef0"
  root_access   = var.root_access
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = var.imds_version
  }
}

resource "aws_sagemaker_notebook_instance" "explicit_enabled" {
  name                = "explicit-enabled"
  platform_identifier = "notebook-al1-v1"
  role_arn            = local.role
  instance_type       = "ml.t3.medium"
  root_access         = "Enabled"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "1"
  }
}

resource "aws_sagemaker_notebook_instance" "unknowns" {
  name                = "unknowns"
  platform_identifier = aws_kms_key.helper.arn != aws_vpc.main.arn ? "notebook-al2-v3" : "notebook-al1-v1"
  role_arn            = local.role
  instance_type       = "ml.t3.medium"
  kms_key_id          = local.notebook_key
  subnet_id           = aws_kms_key.helper.arn != "" ? aws_subnet.private.id : aws_subnet.other.id
  root_access         = aws_subnet.private.id != "" ? "Disabled" : "Enabled"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = aws_subnet.private.id != "" ? "2" : "1"
  }
}

module "notebook" {
  source      = "./modules/notebook"
  role_arn    = local.role
  root_access = "Enabled"
  subnet_id   = aws_subnet.private.id
}

# --- domain ---
resource "aws_sagemaker_domain" "no_key" {
  domain_name = "no-key"
  auth_mode   = "IAM"
  vpc_id      = aws_vpc.main.id
  subnet_ids  = [aws_subnet.private.id]
  default_user_settings {
    execution_role = local.role
  }
}

resource "aws_sagemaker_domain" "with_key" {
  domain_name = "with-key"
  auth_mode   = "IAM"
  vpc_id      = aws_vpc.main.id
  subnet_ids  = [aws_subnet.private.id]
  kms_key_id  = aws_kms_key.helper.arn
  default_user_settings {
    execution_role = local.role
  }
}

# --- models ---
resource "aws_sagemaker_model" "not_isolated" {
  name               = "not-isolated"
  execution_role_arn = local.role
  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1"
  }
}

resource "aws_sagemaker_model" "isolated" {
  name                     = "isolated"
  execution_role_arn       = local.role
  enable_network_isolation = true
  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1"
  }
}

resource "aws_sagemaker_model" "isolation_unknown" {
  name                     = "isolation-unknown"
  execution_role_arn       = local.role
  enable_network_isolation = aws_subnet.private.id != ""
  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1"
  }
}

# --- endpoint configurations ---
resource "aws_sagemaker_endpoint_configuration" "single" {
  name = "single"
  production_variants {
    variant_name           = "main"
    model_name             = "isolated"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_endpoint_configuration" "count_unknown" {
  name = "count-unknown"
  production_variants {
    variant_name           = "main"
    model_name             = "isolated"
    initial_instance_count = aws_kms_key.helper.arn != "" ? 2 : 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_endpoint_configuration" "multi" {
  name        = "multi"
  kms_key_arn = aws_kms_key.helper.arn
  production_variants {
    variant_name           = "main"
    model_name             = "isolated"
    initial_instance_count = 2
    instance_type          = "ml.m5.large"
  }
  production_variants {
    variant_name           = "canary"
    model_name             = "isolated"
    initial_instance_count = 3
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_endpoint_configuration" "serverless" {
  name = "serverless"
  production_variants {
    variant_name = "main"
    model_name   = "isolated"
    serverless_config {
      max_concurrency   = 5
      memory_size_in_mb = 2048
    }
  }
}

# --- jobs ---
resource "aws_sagemaker_data_quality_job_definition" "plain" {
  name     = "plain"
  role_arn = local.role
  data_quality_app_specification {
    image_uri = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/monitor:1"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "churn"
    }
  }
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://monitoring-output/plain"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
}

resource "aws_sagemaker_data_quality_job_definition" "encrypted" {
  name     = "encrypted"
  role_arn = local.role
  data_quality_app_specification {
    image_uri = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/monitor:1"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "churn"
    }
  }
  data_quality_job_output_config {
    kms_key_id = aws_kms_key.helper.arn
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://monitoring-output/encrypted"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
      volume_kms_key_id = aws_kms_key.helper.arn
    }
  }
  network_config {
    enable_inter_container_traffic_encryption = true
  }
}

resource "aws_sagemaker_flow_definition" "plain" {
  flow_definition_name = "plain"
  role_arn             = local.role
  human_loop_config {
    human_task_ui_arn                     = "arn:aws:sagemaker:eu-west-1:123456789012:human-task-ui/review"
    task_availability_lifetime_in_seconds = 3600
    task_count                            = 1
    task_description                      = "review"
    task_title                            = "review"
    workteam_arn                          = "arn:aws:sagemaker:eu-west-1:123456789012:workteam/private-crowd/team"
  }
  output_config {
    s3_output_path = "s3://review-output/plain"
  }
}

resource "aws_sagemaker_flow_definition" "encrypted" {
  flow_definition_name = "encrypted"
  role_arn             = local.role
  human_loop_config {
    human_task_ui_arn                     = "arn:aws:sagemaker:eu-west-1:123456789012:human-task-ui/review"
    task_availability_lifetime_in_seconds = 3600
    task_count                            = 1
    task_description                      = "review"
    task_title                            = "review"
    workteam_arn                          = "arn:aws:sagemaker:eu-west-1:123456789012:workteam/private-crowd/team"
  }
  output_config {
    s3_output_path = "s3://review-output/encrypted"
    kms_key_id     = aws_kms_key.helper.arn
  }
}

resource "aws_sagemaker_flow_definition" "key_unknown" {
  flow_definition_name = "key-unknown"
  role_arn             = local.role
  human_loop_config {
    human_task_ui_arn                     = "arn:aws:sagemaker:eu-west-1:123456789012:human-task-ui/review"
    task_availability_lifetime_in_seconds = 3600
    task_count                            = 1
    task_description                      = "review"
    task_title                            = "review"
    workteam_arn                          = "arn:aws:sagemaker:eu-west-1:123456789012:workteam/private-crowd/team"
  }
  output_config {
    s3_output_path = "s3://review-output/unknown"
    kms_key_id     = aws_subnet.private.id != "" ? aws_subnet.private.id : aws_subnet.other.id
  }
}
