pub mod key_policy_grants_all;
