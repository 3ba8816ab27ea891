pub mod logs_disabled;
pub mod webserver_public;
