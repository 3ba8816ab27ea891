pub mod logging_without_account_role;
pub mod no_cors_preflight;
pub mod no_usage_plan;
