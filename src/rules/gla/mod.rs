pub mod vault_policy_public;
