pub mod gateway_endpoint_without_route_tables;
pub mod public_nat_without_eip;
pub mod route_table_never_associated;
pub mod vpc_without_flow_logs;
