pub mod document_shared_publicly;
pub mod session_preferences_missing;
