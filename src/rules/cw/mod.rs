pub mod log_group_not_encrypted;
