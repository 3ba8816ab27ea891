pub mod bus_without_policy;
