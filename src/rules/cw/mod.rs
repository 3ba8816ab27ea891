pub mod log_group_not_encrypted;
pub mod log_group_retention_unset;
