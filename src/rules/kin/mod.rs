pub mod firehose_not_encrypted;
pub mod stream_not_encrypted;
