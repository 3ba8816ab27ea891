pub mod database_not_encrypted;
pub mod workgroup_config_not_enforced;
pub mod workgroup_metrics_off;
pub mod workgroup_not_encrypted;
