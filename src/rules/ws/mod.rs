pub mod volumes_not_encrypted;
