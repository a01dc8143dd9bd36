//! Shows that the actors stage costs the same with a dictionary ten times larger: the
//! trie over tokens does one probe per token whatever the number of entries.
//! `cargo bench --bench dictionary_scaling`

mod common;

use std::time::Instant;

use communique::actors::ActorCoder;
use communique::text::split_sentences_with;
use communique::DictionarySource;

/// `n` made-up people, each with a name of two invented words and a term.
fn synthetic_people(n: usize) -> String {
    let syllables = [
        "ka", "lo", "mi", "ren", "tu", "sha", "vo", "nel", "dri", "qua", "zen", "pol",
    ];
    let word = |mut k: usize| {
        let mut w = String::new();
        for _ in 0..3 {
            w.push_str(syllables[k % syllables.len()]);
            k /= syllables.len();
        }
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    };
    (0..n)
        .map(|i| format!("{} {} | FRAGOV 2000-01-01..\n", word(i), word(i * 7 + 3)))
        .collect()
}

fn main() {
    let Some(corpus) = common::wikinews() else {
        println!("../shared/data/wikinews_politics.jsonl not found: nothing to measure");
        return;
    };
    let corpus: Vec<_> = corpus.into_iter().take(2000).collect();
    let bundled = ActorCoder::new(&[], &[]).expect("bundled dictionaries");
    let size = bundled.dictionary().trie.len();
    let larger = ActorCoder::new(
        &[DictionarySource::Text {
            name: "synthetic".into(),
            text: synthetic_people(size * 9),
        }],
        &[],
    )
    .expect("synthetic dictionary");
    for (label, coder) in [("bundled", &bundled), ("ten times larger", &larger)] {
        // each dictionary numbers words its own way: the texts are split for each
        let split: Vec<_> = corpus
            .iter()
            .map(|a| split_sentences_with(&a.text, coder.vocabulary()))
            .collect();
        let mut best = f64::MAX;
        for _ in 0..3 {
            let start = Instant::now();
            let mut mentions = 0;
            for (article, sentences) in corpus.iter().zip(&split) {
                mentions += coder
                    .find(&article.text, sentences, article.published)
                    .mentions
                    .len();
            }
            best = best.min(start.elapsed().as_secs_f64());
            std::hint::black_box(mentions);
        }
        println!(
            "{label}: {} names, actors stage over {} articles: {:.3} s",
            coder.dictionary().trie.len(),
            corpus.len(),
            best
        );
    }
}
