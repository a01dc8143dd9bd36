//! Codes the 5,000-article Wikinews corpus with the Rust core on 1 thread and on every
//! core, and prints throughput: `cargo bench --bench code_corpus`.

mod common;

use std::time::Instant;

use communique::{ArticleInput, Coder};

fn main() {
    let Some(corpus) = common::wikinews() else {
        println!("../shared/data/wikinews_politics.jsonl not found: nothing to measure");
        return;
    };
    let coder = Coder::new().expect("bundled dictionaries");
    let inputs: Vec<ArticleInput<'_>> = corpus
        .iter()
        .map(|a| ArticleInput {
            text: &a.text,
            id: Some(a.id.clone()),
            published: a.published,
            ..Default::default()
        })
        .collect();
    let chars: usize = corpus.iter().map(|a| a.text.chars().count()).sum();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut thread_counts = vec![1];
    if cores > 1 {
        thread_counts.push(cores);
    }
    println!(
        "corpus: {} articles, {:.1} M characters",
        inputs.len(),
        chars as f64 / 1e6
    );
    for threads in thread_counts {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("thread pool");
        let mut best = f64::MAX;
        let mut summary = (0, 0);
        for _ in 0..3 {
            let start = Instant::now();
            let articles = pool.install(|| coder.parse_many(&inputs));
            let seconds = start.elapsed().as_secs_f64();
            best = best.min(seconds);
            let ok: Vec<_> = articles.into_iter().map(|a| a.expect("coded")).collect();
            summary = (
                ok.iter().map(|a| a.sentences.len()).sum::<usize>(),
                ok.iter().map(|a| a.events.len()).sum::<usize>(),
            );
        }
        let (sentences, events) = summary;
        println!(
            "{threads} thread(s): {best:.3} s, {:.0} articles/s, {:.0} sentences/s, {sentences} sentences, {events} events",
            inputs.len() as f64 / best,
            sentences as f64 / best
        );
    }
}
