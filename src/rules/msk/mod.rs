pub mod at_rest_not_customer_key;
pub mod broker_logs_off;
pub mod in_transit_not_tls;
pub mod public_access;
