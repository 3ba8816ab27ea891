pub mod redis_tls_without_auth;
