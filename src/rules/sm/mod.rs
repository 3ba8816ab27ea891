pub mod rotation_interval_long;
pub mod rotation_not_configured;
pub mod secret_policy_public;
pub mod secret_without_customer_key;
