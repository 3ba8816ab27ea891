pub mod not_customer_key;
pub mod tls_disabled;
