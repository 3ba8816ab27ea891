pub mod delivery_logging_off;
pub mod topic_not_customer_key;
pub mod topic_not_encrypted;
pub mod topic_policy_public;
pub mod topic_without_policy;
