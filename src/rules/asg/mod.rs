pub mod without_lifecycle_hooks;
pub mod without_notifications;
