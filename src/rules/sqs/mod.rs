pub mod queue_not_customer_key;
pub mod queue_not_encrypted;
pub mod queue_policy_all_actions;
pub mod queue_policy_public;
