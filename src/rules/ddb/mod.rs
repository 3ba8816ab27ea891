pub mod stream_disabled;
pub mod without_autoscaling;
