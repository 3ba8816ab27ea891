pub mod stream_disabled;
