pub mod alb_without_waf;
pub mod web_acl_without_logging;
