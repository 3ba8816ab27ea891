pub mod file_system_not_encrypted;
