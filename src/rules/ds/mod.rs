pub mod object_storage_secret_key;
pub mod task_without_logging;
