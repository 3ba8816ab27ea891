pub mod at_rest_not_customer_key;
pub mod broker_logs_off;
pub mod connector_unencrypted_or_unlogged;
pub mod enhanced_monitoring_off;
pub mod in_transit_not_tls;
pub mod public_access;
pub mod unauthenticated_access;
