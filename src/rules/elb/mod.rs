pub mod access_logs_off;
pub mod classic_policy_weak;
pub mod deletion_protection_off;
pub mod drop_invalid_headers_off;
pub mod http_listener_not_redirected;
pub mod listener_tls_policy_weak;
