pub mod deprecated_runtime;
pub mod hard_coded_environment;
pub mod layer_from_other_region;
pub mod local_package;
pub mod no_failure_destination;
pub mod tracing_not_active;
