pub mod alarm_topic_without_subscribers;
pub mod log_group_not_encrypted;
pub mod log_group_retention_unset;
