# F01 P3 Route 53 rules: AWS-R53-002 (registered domain transfer lock), AWS-R53-003 (DNSSEC).
variable "lock" {
  type    = bool
  default = false
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_route53domains_registered_domain" "fail_unlocked_from_variable" {
  domain_name   = "example.com"
  transfer_lock = var.lock
}

# Unset: the provider's default is locked.
resource "aws_route53domains_registered_domain" "pass_default" {
  domain_name = "example.org"
}

resource "aws_route53domains_registered_domain" "pass_locked" {
  domain_name   = "example.net"
  transfer_lock = true
}

resource "aws_route53domains_registered_domain" "unknown_lock" {
  domain_name   = "example.io"
  transfer_lock = aws_eip.helper.public_ip != ""
}

# --- AWS-R53-003 ---------------------------------------------------------------------------
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route53_zone" "fail_public_unsigned" {
  name = "unsigned.example.com"
}

resource "aws_route53_zone" "pass_public_signed" {
  name = "signed.example.com"
}

resource "aws_kms_key" "dnssec" {
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_route53_key_signing_key" "ksk" {
  hosted_zone_id             = aws_route53_zone.pass_public_signed.id
  key_management_service_arn = aws_kms_key.dnssec.arn
  name                       = "ksk"
}

resource "aws_route53_hosted_zone_dnssec" "signed" {
  hosted_zone_id = aws_route53_key_signing_key.ksk.hosted_zone_id
}

# Private zones are not judged.
resource "aws_route53_zone" "private" {
  name = "internal.example.com"
  vpc {
    vpc_id = aws_vpc.main.id
  }
}

# Signed in a module, through its input.
resource "aws_route53_zone" "pass_signed_in_module" {
  name = "module.example.com"
}

module "zone" {
  source  = "./modules/zone"
  zone_id = aws_route53_zone.pass_signed_in_module.id
}

# A DNSSEC resource that turns signing off (its status from a variable): the zone is unsigned.
variable "signing" {
  type    = string
  default = "NOT_SIGNING"
}

resource "aws_route53_zone" "fail_signing_off" {
  name = "off.example.com"
}

resource "aws_route53_key_signing_key" "off" {
  hosted_zone_id             = aws_route53_zone.fail_signing_off.id
  key_management_service_arn = aws_kms_key.dnssec.arn
  name                       = "off"
}

resource "aws_route53_hosted_zone_dnssec" "off" {
  hosted_zone_id = aws_route53_key_signing_key.off.hosted_zone_id
  signing_status = var.signing
}
