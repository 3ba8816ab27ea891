pub mod rules_without_recorder;
