pub mod name_violates_limits;
