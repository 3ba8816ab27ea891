pub mod topic_without_policy;
