pub mod block_device_not_encrypted;
pub mod ebs_volume_not_encrypted;
pub mod imdsv2_not_required;
pub mod instance_role_without_ssm;
pub mod instance_without_profile;
pub mod public_ip_associated;
pub mod user_data_secrets;
