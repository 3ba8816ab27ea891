pub mod audit_logging_off;
pub mod enhanced_vpc_routing_off;
pub mod not_encrypted;
pub mod not_in_vpc;
pub mod publicly_accessible;
