pub mod session_preferences_missing;
