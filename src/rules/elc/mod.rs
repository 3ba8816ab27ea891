pub mod backups_off;
pub mod cluster_mode_disabled;
pub mod default_subnet_group;
pub mod not_encrypted_at_rest;
pub mod not_encrypted_in_transit;
pub mod parameter_group_family_mismatch;
pub mod redis_tls_without_auth;
