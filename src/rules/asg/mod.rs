pub mod elb_health_check_off;
pub mod single_availability_zone;
pub mod tags_not_propagated;
pub mod uses_launch_configuration;
pub mod without_lifecycle_hooks;
pub mod without_notifications;
