pub mod scp_disabled;
