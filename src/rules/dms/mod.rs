pub mod endpoint_without_ssl;
pub mod minor_upgrade_off;
pub mod mongodb_without_auth;
pub mod not_customer_key;
pub mod replication_instance_public;
pub mod single_az;
pub mod task_logging_off;
