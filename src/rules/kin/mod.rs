pub mod firehose_not_encrypted;
pub mod retention_short;
pub mod stream_not_customer_key;
pub mod stream_not_encrypted;
