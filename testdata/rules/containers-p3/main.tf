# F12 P3 fixtures: EKS node group SSH (EKS-006), CodePipeline / CodeArtifact / CodeGuru keys
# (CODE-001).
variable "ssh_sources" {
  type    = list(string)
  default = ["sg-0123456789abcdef0"]
}

locals {
  role = "arn:aws:iam::123456789012:role/containers"
}

resource "aws_kms_key" "helper" {
  description = "containers"
}

resource "aws_kms_key" "other" {
  description = "containers other"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "containers-p3-artifacts"
}

# --- EKS node groups ---
resource "aws_eks_node_group" "no_ssh" {
  cluster_name    = "main"
  node_group_name = "no-ssh"
  node_role_arn   = local.role
  subnet_ids      = ["subnet-0123456789abcdef0"]
  scaling_config {
    desired_size = 1
    max_size     = 1
    min_size     = 1
  }
}

resource "aws_eks_node_group" "ssh_open" {
  cluster_name    = "main"
  node_group_name = "ssh-open"
  node_role_arn   = local.role
  subnet_ids      = ["subnet-0123456789abcdef0"]
  scaling_config {
    desired_size = 1
    max_size     = 1
    min_size     = 1
  }
  remote_access {
    ec2_ssh_key = "ops"
  }
}

resource "aws_eks_node_group" "ssh_restricted" {
  cluster_name    = "main"
  node_group_name = "ssh-restricted"
  node_role_arn   = local.role
  subnet_ids      = ["subnet-0123456789abcdef0"]
  scaling_config {
    desired_size = 1
    max_size     = 1
    min_size     = 1
  }
  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = var.ssh_sources
  }
}

resource "aws_eks_node_group" "ssh_unknown" {
  cluster_name    = "main"
  node_group_name = "ssh-unknown"
  node_role_arn   = local.role
  subnet_ids      = ["subnet-0123456789abcdef0"]
  scaling_config {
    desired_size = 1
    max_size     = 1
    min_size     = 1
  }
  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = aws_kms_key.helper.arn != aws_kms_key.other.arn ? ["sg-0123456789abcdef0"] : []
  }
}

# --- CodePipeline ---
resource "aws_codepipeline" "no_key" {
  name     = "no-key"
  role_arn = local.role
  artifact_store {
    location = aws_s3_bucket.artifacts.bucket
    type     = "S3"
  }
  stage {
    name = "Source"
    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "S3"
      version          = "1"
      output_artifacts = ["src"]
      configuration = {
        S3Bucket    = "containers-p3-artifacts"
        S3ObjectKey = "src.zip"
      }
    }
  }
  stage {
    name = "Build"
    action {
      name            = "Build"
      category        = "Build"
      owner           = "AWS"
      provider        = "CodeBuild"
      version         = "1"
      input_artifacts = ["src"]
      configuration = {
        ProjectName = "build"
      }
    }
  }
}

resource "aws_codepipeline" "with_key" {
  name     = "with-key"
  role_arn = local.role
  artifact_store {
    location = aws_s3_bucket.artifacts.bucket
    type     = "S3"
    encryption_key {
      id   = aws_kms_key.helper.arn
      type = "KMS"
    }
  }
  stage {
    name = "Source"
    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "S3"
      version          = "1"
      output_artifacts = ["src"]
      configuration = {
        S3Bucket    = "containers-p3-artifacts"
        S3ObjectKey = "src.zip"
      }
    }
  }
  stage {
    name = "Build"
    action {
      name            = "Build"
      category        = "Build"
      owner           = "AWS"
      provider        = "CodeBuild"
      version         = "1"
      input_artifacts = ["src"]
      configuration = {
        ProjectName = "build"
      }
    }
  }
}

# --- CodeArtifact / CodeGuru ---
resource "aws_codeartifact_domain" "no_key" {
  domain = "no-key"
}

resource "aws_codeartifact_domain" "with_key" {
  domain         = "with-key"
  encryption_key = aws_kms_key.helper.arn
}

resource "aws_codeartifact_domain" "key_unknown" {
  domain         = "key-unknown"
  encryption_key = aws_kms_key.helper.description != "" ? aws_kms_key.helper.arn : aws_kms_key.other.arn
}

resource "aws_codegurureviewer_repository_association" "aws_owned" {
  repository {
    codecommit {
      name = "api"
    }
  }
}

resource "aws_codegurureviewer_repository_association" "customer_key" {
  repository {
    codecommit {
      name = "lib"
    }
  }
  kms_key_details {
    encryption_option = "CUSTOMER_MANAGED_CMK"
    kms_key_id        = aws_kms_key.helper.key_id
  }
}

# --- ECR lifecycle ---
resource "aws_ecr_repository" "no_lifecycle" {
  name = "no-lifecycle"
}

resource "aws_ecr_repository" "with_lifecycle" {
  name = "with-lifecycle"
}

resource "aws_ecr_lifecycle_policy" "with_lifecycle" {
  repository = aws_ecr_repository.with_lifecycle.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      selection    = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 14 }
      action       = { type = "expire" }
    }]
  })
}

resource "aws_ecr_repository" "lifecycle_by_name" {
  name = "lifecycle-by-name"
}

resource "aws_ecr_lifecycle_policy" "by_name" {
  repository = "lifecycle-by-name"
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      selection    = { tagStatus = "any", countType = "imageCountMoreThan", countNumber = 50 }
      action       = { type = "expire" }
    }]
  })
}
