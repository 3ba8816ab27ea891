pub mod connector_without_logging;
pub mod ftp_enabled;
pub mod server_public;
