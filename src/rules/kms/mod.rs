pub mod key_disabled;
pub mod key_from_other_region;
pub mod key_never_used;
pub mod key_policy_grants_all;
pub mod key_policy_misses_service;
pub mod key_policy_public;
pub mod rotation_disabled;
