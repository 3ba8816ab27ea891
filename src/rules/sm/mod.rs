pub mod rotation_not_configured;
pub mod secret_without_customer_key;
