pub mod secret_without_customer_key;
