pub mod firewall_without_logging;
pub mod not_customer_key;
pub mod policy_passes_by_default;
pub mod protection_off;
