pub mod copy_tags_off;
pub mod not_customer_key;
pub mod single_az;
