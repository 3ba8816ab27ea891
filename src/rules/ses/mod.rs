pub mod identity_policy_all_actions;
pub mod tls_not_required;
