pub mod default_group_has_rules;
pub mod ingress_admin_ports_open;
pub mod ingress_all_traffic;
pub mod ingress_high_risk_ports_open;
pub mod ingress_unauthorized_ports_open;
pub mod listener_port_not_admitted;
pub mod no_egress;
pub mod unrestricted_egress;
