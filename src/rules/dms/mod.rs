pub mod endpoint_without_ssl;
pub mod replication_instance_public;
