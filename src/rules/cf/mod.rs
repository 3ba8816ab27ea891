pub mod distribution_without_waf_or_oac;
pub mod origin_not_an_endpoint;
