pub mod audit_logs_off;
pub mod iam_auth_disabled;
pub mod not_customer_key;
pub mod not_encrypted;
pub mod snapshot_not_encrypted;
