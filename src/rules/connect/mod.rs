pub mod flow_logs_off;
