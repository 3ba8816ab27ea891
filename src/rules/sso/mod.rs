pub mod session_too_long;
