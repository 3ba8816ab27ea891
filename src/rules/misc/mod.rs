pub mod not_customer_key;
