pub mod not_customer_key;
pub mod policy_public;
pub mod scan_on_push_off;
pub mod tags_mutable;
pub mod without_lifecycle_policy;
