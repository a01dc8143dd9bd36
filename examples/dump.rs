//! Prints the sentences, actor chunks and events of an article (a developer's view):
//! `cargo run --example dump -- FILE.json` (a JSON object with `text` and `published`).

use communique::actors::ActorCoder;
use communique::text::split_sentences_with;
use communique::{ArticleInput, Coder, DictionarySource, UserDictionaries};

fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE.json");
    let raw = std::fs::read_to_string(path).expect("readable file");
    let value: serde_json::Value = serde_json::from_str(&raw).expect("a JSON object");
    let text = value["text"].as_str().expect("text");
    let published = value["published"]
        .as_str()
        .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    // optional user dictionaries: DUMP_DICT=dir with actors.txt, agents.txt, patterns.txt
    let user = std::env::var("DUMP_DICT")
        .ok()
        .map(|dir| {
            let file = |name: &str| {
                vec![DictionarySource::Path(
                    std::path::Path::new(&dir).join(name),
                )]
            };
            UserDictionaries {
                actors: file("actors.txt"),
                agents: file("agents.txt"),
                patterns: file("patterns.txt"),
            }
        })
        .unwrap_or_default();
    let actors = ActorCoder::new(&user.actors, &user.agents).expect("dictionaries");
    let sentences = split_sentences_with(text, actors.vocabulary());
    let found = actors.find(text, &sentences, published);
    for (s, chunks) in sentences.iter().zip(&found.chunks) {
        println!("[{}] {}", s.index, s.text(text));
        for c in chunks {
            let codes: Vec<String> = found
                .actors(c)
                .map(|a| format!("{} ({}) {:?}", a.code, a.name, a.text))
                .collect();
            println!("    depth {} {}", c.coref_depth, codes.join(" + "));
        }
    }
    let coder = Coder::with_dictionaries(&user).expect("coder");
    let mut input = ArticleInput::new(text);
    input.published = published;
    input.id = value["id"].as_str().map(str::to_string);
    for e in coder.parse(&input).expect("parse").events {
        println!(
            "{} {} {} {} -> {} [{}] {:?} {}",
            e.sentence_index,
            e.date.map(|d| d.to_string()).unwrap_or_default(),
            e.code,
            e.source.code,
            e.target.as_ref().map(|t| t.code.as_str()).unwrap_or("-"),
            e.rule,
            e.trigger,
            e.modality.as_str()
        );
    }
}
