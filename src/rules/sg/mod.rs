pub mod no_egress;
pub mod unrestricted_egress;
