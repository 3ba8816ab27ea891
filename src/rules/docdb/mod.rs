pub mod audit_logs_off;
pub mod backup_retention_short;
pub mod deletion_protection_off;
pub mod not_customer_key;
pub mod not_encrypted;
pub mod tls_disabled;
