//! Times each stage over the Wikinews corpus on one thread (a developer's profile):
//! `cargo run --release --example time_stages`

use std::time::Instant;

use communique::actors::ActorCoder;
use communique::text::split_sentences_with;
use communique::{ArticleInput, Coder};

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/wikinews_politics.jsonl"
    );
    let raw = std::fs::read_to_string(path).expect("the Wikinews corpus in ../shared");
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| v["text"].as_str().unwrap_or_default().to_string())
        .collect();
    let actors = ActorCoder::new(&[], &[]).expect("dictionaries");
    let start = Instant::now();
    let split: Vec<_> = texts
        .iter()
        .map(|t| split_sentences_with(t, actors.vocabulary()))
        .collect();
    println!("text stage: {:.3} s", start.elapsed().as_secs_f64());
    let start = Instant::now();
    let found: Vec<_> = texts
        .iter()
        .zip(&split)
        .map(|(t, s)| actors.find(t, s, None))
        .collect();
    println!(
        "actors stage: {:.3} s ({} mentions)",
        start.elapsed().as_secs_f64(),
        found.iter().map(|f| f.mentions.len()).sum::<usize>()
    );
    let coder = Coder::new().expect("coder");
    let start = Instant::now();
    let events: usize = texts
        .iter()
        .map(|t| {
            coder
                .parse(&ArticleInput::new(t))
                .expect("coded")
                .events
                .len()
        })
        .sum();
    println!(
        "whole pipeline: {:.3} s ({events} events)",
        start.elapsed().as_secs_f64()
    );
}
