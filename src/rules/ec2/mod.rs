pub mod instance_without_profile;
