pub mod cluster_mode_disabled;
pub mod parameter_group_family_mismatch;
pub mod redis_tls_without_auth;
