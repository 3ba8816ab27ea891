pub mod automation_logs_not_in_cloudwatch;
pub mod document_shared_publicly;
pub mod parameter_without_customer_key;
pub mod public_sharing_allowed;
pub mod session_preferences_missing;
