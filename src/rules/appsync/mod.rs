pub mod api_key_auth;
pub mod cache_not_encrypted;
pub mod logging_off;
pub mod without_waf;
