pub mod catalog_not_encrypted;
pub mod component_without_security_configuration;
pub mod resource_policy_public;
pub mod security_configuration_not_encrypted;
pub mod spark_job_old_version;
