pub mod enhanced_monitoring_off;
pub mod password_managed_by_terraform;
pub mod static_final_snapshot_identifier;
pub mod storage_not_encrypted;
