pub mod second_region_stub;
