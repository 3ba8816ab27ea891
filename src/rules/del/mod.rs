pub mod security_control_deleted;
