pub mod findings_not_routed;
