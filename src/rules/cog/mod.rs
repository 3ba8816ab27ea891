pub mod identity_pool_unauthenticated;
pub mod user_pool_mfa_off;
pub mod user_pool_password_weak;
