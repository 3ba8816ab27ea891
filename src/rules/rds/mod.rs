pub mod storage_not_encrypted;
