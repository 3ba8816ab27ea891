pub mod artifacts_not_encrypted;
pub mod credentials_in_environment;
pub mod logging_disabled;
pub mod not_customer_key;
pub mod privileged_mode;
pub mod report_group_export_unencrypted;
pub mod s3_logs_unencrypted;
pub mod source_url_credentials;
