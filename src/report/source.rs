//! Where findings are written in the `.tf` source: see [`crate::source`].

pub use crate::source::{Location, SourceMap};
