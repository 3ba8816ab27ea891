pub mod alb_without_waf;
pub mod metrics_off;
pub mod web_acl_without_log4j_rules;
pub mod web_acl_without_logging;
pub mod web_acl_without_rules;
