pub mod firewall_without_logging;
pub mod not_customer_key;
pub mod protection_off;
