pub mod alb_without_waf;
