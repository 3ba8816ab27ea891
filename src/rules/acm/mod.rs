pub mod key_too_short;
pub mod pca_root_enabled;
pub mod transparency_logging_off;
