//! [`Coder`]: the compiled dictionaries and the pipeline that runs them.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;

use crate::actors::{ActorCoder, ActorDictionary};
use crate::article::{Article, ArticleInput, SentenceSpan};
use crate::error::{Error, Result};
use crate::events::{compile_patterns, EventCoder};
use crate::text::{split_sentences_with, Vocabulary};

/// Where a user dictionary comes from: a file, or text given directly (named for errors).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DictionarySource {
    Path(PathBuf),
    Text { name: String, text: String },
}

impl DictionarySource {
    /// The name used in error messages and the text to read.
    pub fn read(&self) -> Result<(String, String)> {
        match self {
            DictionarySource::Path(path) => {
                let name = path.display().to_string();
                let text = std::fs::read_to_string(path).map_err(|e| Error::Dictionary {
                    file: name.clone(),
                    line: 0,
                    message: format!("cannot read the file: {e}"),
                })?;
                Ok((name, text))
            }
            DictionarySource::Text { name, text } => Ok((name.clone(), text.clone())),
        }
    }
}

/// The user's additions to the bundled dictionaries.
#[derive(Debug, Clone, Default)]
pub struct UserDictionaries {
    /// Actor entries: countries, organisations and people, in any of the bundled formats
    /// (each line says which by its form; see `src/actors/dictionaries/README.md`).
    pub actors: Vec<DictionarySource>,
    /// Agent (role word) entries.
    pub agents: Vec<DictionarySource>,
    /// Event patterns.
    pub patterns: Vec<DictionarySource>,
}

/// The pipeline with its compiled dictionaries. Build once, share freely: `parse` takes `&self`.
#[derive(Debug)]
pub struct Coder {
    /// Every word of the dictionaries, numbered: the one vocabulary of both stages.
    vocabulary: Arc<Vocabulary>,
    actors: ActorCoder,
    events: EventCoder,
}

impl Coder {
    /// A coder with the bundled dictionaries only.
    pub fn new() -> Result<Coder> {
        Coder::with_dictionaries(&UserDictionaries::default())
    }

    /// A coder with the bundled dictionaries plus the user's, which add to them and override
    /// entries of the same name.
    pub fn with_dictionaries(user: &UserDictionaries) -> Result<Coder> {
        let mut vocabulary = Vocabulary::lexicon().clone();
        let dictionary = ActorDictionary::load(&user.actors, &user.agents, &mut vocabulary)?;
        let patterns = compile_patterns(&user.patterns, &mut vocabulary)?;
        let vocabulary = Arc::new(vocabulary);
        Ok(Coder {
            actors: ActorCoder::with_vocabulary(dictionary, Arc::clone(&vocabulary)),
            events: EventCoder::with_vocabulary(patterns, Arc::clone(&vocabulary)),
            vocabulary,
        })
    }

    /// Also codes events whose target the sentence does not name ("Akayev agreed to
    /// resign"), as PLOVER does; by default every event is dyadic, as in CAMEO data.
    pub fn with_targetless(mut self, targetless: bool) -> Coder {
        self.events.targetless = targetless;
        self
    }

    /// Whether the coder codes events without a target.
    pub fn targetless(&self) -> bool {
        self.events.targetless
    }

    /// Codes one article. A panic inside the pipeline (a bug) comes back as `Error::Internal`.
    pub fn parse(&self, input: &ArticleInput<'_>) -> Result<Article> {
        catch_unwind(AssertUnwindSafe(|| self.parse_unguarded(input))).map_err(|panic| {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_string());
            Error::Internal { message }
        })
    }

    /// Codes many articles on all cores; results are in input order.
    pub fn parse_many(&self, inputs: &[ArticleInput<'_>]) -> Vec<Result<Article>> {
        inputs.par_iter().map(|input| self.parse(input)).collect()
    }

    fn parse_unguarded(&self, input: &ArticleInput<'_>) -> Article {
        let text = input.text;
        let sentences = split_sentences_with(text, &self.vocabulary);
        let found = self.actors.find(text, &sentences, input.published);
        let article_id = input.id.clone().unwrap_or_default();
        let events = self
            .events
            .code(&article_id, text, &sentences, &found, input.published);
        Article {
            id: article_id,
            published: input.published,
            title: input.title.clone(),
            source: input.source.clone(),
            url: input.url.clone(),
            sentences: sentences
                .iter()
                .map(|s| SentenceSpan {
                    index: s.index,
                    start: s.start,
                    end: s.end,
                    text: s.text(text).to_string(),
                })
                .collect(),
            // the events are coded: the mentions can move out rather than be copied
            mentions: found.mentions,
            events,
        }
    }
}
