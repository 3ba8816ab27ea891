pub mod portfolio_shared_outside_org;
