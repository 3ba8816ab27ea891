//! Baseline for `make bench` (an example, so `cargo install` leaves it out): parse a file only.
//! `parse-baseline FILE` builds a `serde_json::Value`; `--tree` builds tfaudit's tree (its strings
//! copied into an arena, as the audit does).
use std::io::Read;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tree = args.iter().any(|a| a == "--tree");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: parse-baseline [--tree] FILE");
        std::process::exit(2);
    };
    let mut text = String::new();
    if let Err(e) = std::fs::File::open(path).and_then(|mut f| f.read_to_string(&mut text)) {
        eprintln!("parse-baseline: {path}: {e}");
        std::process::exit(2);
    }
    let members = if tree {
        tfaudit::load::json::parse_in(&text, &bumpalo::Bump::new())
            .map(|v| v.as_object().map_or(0, |o| o.len()))
            .map_err(|e| e.to_string())
    } else {
        serde_json::from_str::<serde_json::Value>(&text)
            .map(|v| v.as_object().map_or(0, |o| o.len()))
            .map_err(|e| e.to_string())
    };
    match members {
        // Printing a result keeps the parse from being optimised away.
        Ok(n) => println!("{n}"),
        Err(e) => {
            eprintln!("parse-baseline: {path}: {e}");
            std::process::exit(2);
        }
    }
}
