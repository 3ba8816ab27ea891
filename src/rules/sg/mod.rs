pub mod unrestricted_egress;
