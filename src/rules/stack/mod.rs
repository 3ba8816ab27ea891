pub mod required_types_missing;
