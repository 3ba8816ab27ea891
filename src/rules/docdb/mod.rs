pub mod audit_logs_off;
pub mod not_customer_key;
pub mod not_encrypted;
