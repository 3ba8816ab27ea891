pub mod artifacts_not_encrypted;
pub mod credentials_in_environment;
