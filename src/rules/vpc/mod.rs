pub mod availability_zone_outside_region;
pub mod flow_log_without_role;
pub mod gateway_endpoint_without_route_tables;
pub mod public_nat_without_eip;
pub mod route_table_never_associated;
pub mod subnets_collapsed_onto_fewer_azs;
pub mod vpc_without_flow_logs;
