pub mod default_certificate;
pub mod distribution_without_waf_or_oac;
pub mod logging_off;
pub mod minimum_tls_too_low;
pub mod no_default_root_object;
pub mod origin_not_an_endpoint;
pub mod viewer_protocol_allows_http;
