pub mod not_in_backup_plan;
pub mod vault_not_cmk;
