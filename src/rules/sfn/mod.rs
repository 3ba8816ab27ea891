pub mod logging_off;
pub mod xray_off;
