pub mod cluster_mode_disabled;
pub mod redis_tls_without_auth;
