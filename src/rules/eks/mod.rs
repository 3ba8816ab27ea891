pub mod control_plane_logging_incomplete;
pub mod endpoint_public;
pub mod public_endpoint_open_to_internet;
pub mod secrets_not_encrypted;
pub mod unsupported_version;
