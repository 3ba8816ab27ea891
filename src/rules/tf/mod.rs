pub mod deprecated_argument;
pub mod environment_flags_hard_coded;
pub mod non_aws_providers;
pub mod outputs_missing;
pub mod plan_errored;
pub mod provider_version_unconstrained;
pub mod region_variable_unused;
pub mod secret_variable_not_sensitive;
