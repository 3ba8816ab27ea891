//! Baseline for `make bench`: parse a file into `serde_json::Value` and nothing else.
use std::io::Read;

fn main() {
    let path = std::env::args().nth(1).expect("usage: parse-baseline FILE");
    let mut bytes = Vec::new();
    std::fs::File::open(&path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .expect("read");
    let value: serde_json::Value = serde_json::from_slice(&bytes).expect("parse");
    // Keep the value alive and observable so the parse is not optimised away.
    println!("{}", value.as_object().map_or(0, |o| o.len()));
}
