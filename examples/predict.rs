//! Codes a JSONL file of articles and prints the minimal prediction rows that
//! ../shared/tools/score.py reads — a developer's loop that needs no Python build:
//! `cargo run --release --example predict -- ../shared/devset/articles.jsonl > /tmp/pred.jsonl`

use communique::{ArticleInput, Coder};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: predict ARTICLES.jsonl");
    let raw = std::fs::read_to_string(path).expect("readable file");
    // TARGETLESS=1 also codes events without a target, as the PLOVER records do
    let coder = Coder::new()
        .expect("bundled dictionaries")
        .with_targetless(std::env::var("TARGETLESS").is_ok());
    // NO_OUTPUT=1 codes without writing rows, to measure the core alone
    let no_output = std::env::var("NO_OUTPUT").is_ok();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let value: serde_json::Value = serde_json::from_str(line).expect("JSON lines");
        let mut input = ArticleInput::new(value["text"].as_str().unwrap_or(""));
        input.id = value["id"].as_str().map(str::to_string);
        input.published = value["published"].as_str().and_then(|s| {
            chrono::NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok()
        });
        let article = coder.parse(&input).expect("coded");
        if no_output {
            continue;
        }
        // MENTIONS=1 also writes each sentence's actors to stderr, for error analysis
        if std::env::var("MENTIONS").is_ok() {
            for s in &article.sentences {
                let codes: Vec<&str> = article
                    .mentions
                    .iter()
                    .filter(|m| m.sentence_index == s.index)
                    .map(|m| m.actor.code.as_str())
                    .collect();
                eprintln!(
                    "{}",
                    serde_json::json!({"article_id": article.id, "sentence_index": s.index, "text": s.text, "codes": codes})
                );
            }
        }
        for e in article.events {
            let row = serde_json::json!({
                "article_id": e.article_id, "source_code": e.source.code, "source_country": e.source.country,
                "target_code": e.target.as_ref().map(|t| t.code.clone()), "target_country": e.target.as_ref().map(|t| t.country.clone()),
                "code": e.code, "date": e.date.map(|d| d.to_string()), "date_precision": e.date_precision.map(|p| p.as_str()), "modality": e.modality.as_str(),
                "rule": e.rule, "trigger": e.trigger, "sentence_index": e.sentence_index, "confidence": e.confidence,
            });
            println!("{row}");
        }
    }
}
