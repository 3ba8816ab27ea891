pub mod aggregator_not_all_regions;
pub mod recorder_not_all_resources;
pub mod rules_without_recorder;
