pub mod no_cloudtrail;
pub mod not_kms_encrypted;
pub mod validation_off;
