//! Loading the Wikinews corpus for the benchmarks (skipped when ../shared is absent).

use chrono::NaiveDate;

/// One article of the corpus.
pub struct CorpusArticle {
    #[allow(dead_code)] // the corpus bench names its articles; the scaling bench does not
    pub id: String,
    pub text: String,
    pub published: Option<NaiveDate>,
}

/// The 5,000 Wikinews articles, or `None` when ../shared is not beside the project.
pub fn wikinews() -> Option<Vec<CorpusArticle>> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/wikinews_politics.jsonl"
    );
    let raw = std::fs::read_to_string(path).ok()?;
    Some(
        raw.lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .map(|v| CorpusArticle {
                id: v["id"].as_str().unwrap_or_default().to_string(),
                text: v["text"].as_str().unwrap_or_default().to_string(),
                published: v["published"].as_str().and_then(|s| {
                    NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok()
                }),
            })
            .collect(),
    )
}
