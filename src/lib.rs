//! tfaudit: audit the effective AWS configuration in Terraform plans.
//!
//! Data flow, one module per arrow: [`load`] → [`model`] → [`rules`] → [`policy`] → [`report`].

pub mod cli;
pub mod load;
pub mod model;
pub mod policy;
pub mod report;
pub mod rules;
