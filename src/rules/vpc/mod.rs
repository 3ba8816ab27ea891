pub mod gateway_endpoint_without_route_tables;
pub mod vpc_without_flow_logs;
