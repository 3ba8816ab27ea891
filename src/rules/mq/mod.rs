pub mod audit_log_off;
pub mod broker_not_customer_key;
pub mod broker_public;
pub mod engine_version_unsupported;
pub mod general_log_off;
pub mod minor_upgrade_off;
