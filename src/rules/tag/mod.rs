pub mod required_tags_missing;
