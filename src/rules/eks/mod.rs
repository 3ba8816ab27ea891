pub mod control_plane_logging_incomplete;
pub mod endpoint_public;
pub mod node_group_ssh_open;
pub mod public_endpoint_open_to_internet;
pub mod secrets_not_encrypted;
pub mod unsupported_version;
