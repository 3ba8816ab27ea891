pub mod not_in_backup_plan;
