pub mod audit_log_off;
pub mod broker_public;
pub mod general_log_off;
