pub mod file_system_not_backed_up;
pub mod file_system_not_encrypted;
