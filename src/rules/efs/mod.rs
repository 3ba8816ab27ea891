pub mod access_point_root_directory;
pub mod access_point_without_posix_user;
pub mod file_system_not_backed_up;
pub mod file_system_not_encrypted;
pub mod file_system_without_customer_key;
pub mod mount_target_in_public_subnet;
pub mod policy_public;
