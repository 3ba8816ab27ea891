pub mod detector_disabled;
pub mod findings_not_routed;
pub mod protection_plan_disabled;
