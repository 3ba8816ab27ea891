pub mod database_not_encrypted;
pub mod workgroup_not_encrypted;
