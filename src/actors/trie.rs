//! A trie over tokens: the automaton that finds dictionary names in a sentence. Each step is
//! one hash probe by word number, so the cost of a sentence does not grow with the size of
//! the dictionary.

use rustc_hash::FxHashMap as HashMap;

use crate::text::{Shape, Token, Vocabulary, WordId};

/// How a dictionary token must be written in the text to match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Case {
    /// a lowercase dictionary word: any case
    Any,
    /// a capitalised dictionary word: the text word starts with a capital
    Capital,
    /// an all-caps dictionary word ("US"): exactly this form
    Exact(String),
}

impl Case {
    fn of(word: &Token) -> Case {
        match word.shape {
            Shape::Upper => Case::Exact(word.text.to_string()),
            Shape::Capitalised | Shape::Other if word.text.starts_with(char::is_uppercase) => {
                Case::Capital
            }
            _ => Case::Any,
        }
    }

    fn allows(&self, token: &Token) -> bool {
        match self {
            Case::Any => true,
            Case::Capital => token
                .text
                .starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()),
            Case::Exact(form) => token.text == *form,
        }
    }
}

/// One value stored under a name, with the case rule of each of its tokens.
#[derive(Debug, Clone)]
struct Stored<V> {
    value: V,
    case: Vec<Case>,
}

impl<V> Stored<V> {
    fn allows(&self, span: &[Token]) -> bool {
        self.case.iter().zip(span).all(|(case, t)| case.allows(t))
    }
}

#[derive(Debug, Clone)]
struct Node<V> {
    children: HashMap<WordId, u32>,
    values: Vec<Stored<V>>,
}

impl<V> Default for Node<V> {
    fn default() -> Self {
        Node {
            children: HashMap::default(),
            values: Vec::new(),
        }
    }
}

/// Maps token sequences (by the vocabulary's numbers of their lowercase forms) to values.
#[derive(Debug, Clone)]
pub struct TokenTrie<V> {
    nodes: Vec<Node<V>>,
    /// The root's children by word number ([`NO_CHILD`] for none). Every token of a text is
    /// looked up at the root and almost all stop there, so the root answers by index rather
    /// than by hash probe; the other nodes have few children and are seldom reached.
    root: Vec<u32>,
}

/// No child under this word.
const NO_CHILD: u32 = u32::MAX;

impl<V: Clone> Default for TokenTrie<V> {
    fn default() -> Self {
        TokenTrie {
            nodes: vec![Node::default()],
            root: Vec::new(),
        }
    }
}

impl<V: Clone> TokenTrie<V> {
    /// Stores `value` under the name made of `tokens`, whose words `vocabulary` numbers.
    pub fn insert(&mut self, tokens: &[Token], value: V, vocabulary: &mut Vocabulary) {
        let mut node = 0usize;
        for token in tokens {
            let next = self.nodes.len() as u32;
            let word = vocabulary.intern(&token.lower);
            let child = if node == 0 {
                if self.root.len() <= word.index() {
                    self.root.resize(word.index() + 1, NO_CHILD);
                }
                let slot = &mut self.root[word.index()];
                if *slot == NO_CHILD {
                    *slot = next;
                }
                *slot
            } else {
                *self.nodes[node].children.entry(word).or_insert(next)
            };
            if child == next {
                self.nodes.push(Node::default());
            }
            node = child as usize;
        }
        self.nodes[node].values.push(Stored {
            value,
            case: tokens.iter().map(Case::of).collect(),
        });
    }

    /// The longest name starting at `tokens[start]`: its end and its values (the values whose
    /// case rules the text satisfies). The tokens must carry the numbers of the vocabulary
    /// the names were inserted with.
    ///
    /// Inlined where a sentence is scanned: the root's answer, mostly no, then costs no call.
    #[inline(always)]
    pub fn longest_at<'s, 't>(
        &'s self,
        tokens: &'s [Token<'t>],
        start: usize,
    ) -> Option<(usize, impl Iterator<Item = &'s V> + use<'s, 't, V>)> {
        // almost every token starts no name: the root's table says so before any other work
        let first = self.child(0, tokens.get(start)?.word)?;
        let (end, node) = self.longest_end(tokens, start, first)?;
        let span = &tokens[start..end];
        Some((
            end,
            self.nodes[node]
                .values
                .iter()
                .filter(move |s| s.allows(span))
                .map(|s| &s.value),
        ))
    }

    /// The end and the node of the longest name starting at `tokens[start]`, whose first word
    /// leads from the root to `first`.
    #[inline(never)]
    fn longest_end(&self, tokens: &[Token], start: usize, first: usize) -> Option<(usize, usize)> {
        let mut node = first;
        let mut best = None;
        let mut i = start;
        loop {
            let span = &tokens[start..=i];
            if self.nodes[node].values.iter().any(|s| s.allows(span)) {
                best = Some((i + 1, node));
            }
            i += 1;
            match tokens.get(i).and_then(|t| self.child(node, t.word)) {
                Some(child) => node = child,
                None => break,
            }
        }
        best
    }

    /// The child of `node` under `word`, if any.
    #[inline]
    fn child(&self, node: usize, word: WordId) -> Option<usize> {
        let child = if node == 0 {
            *self.root.get(word.index())?
        } else {
            *self.nodes[node].children.get(&word)?
        };
        (child != NO_CHILD).then_some(child as usize)
    }

    /// How many names are stored.
    pub fn len(&self) -> usize {
        self.nodes.iter().map(|n| n.values.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{tokenise, tokenise_with};

    fn toks(s: &str) -> Vec<Token<'_>> {
        tokenise(s, 0, s.len())
    }

    #[test]
    fn longest_match_with_case_rules() {
        let mut trie = TokenTrie::default();
        let mut vocabulary = Vocabulary::lexicon().clone();
        trie.insert(&toks("North Korea"), 1, &mut vocabulary);
        trie.insert(&toks("North"), 2, &mut vocabulary);
        trie.insert(&toks("US"), 3, &mut vocabulary);
        trie.insert(&toks("minister"), 4, &mut vocabulary);
        let toks = |s| tokenise_with(s, 0, s.len(), &vocabulary);
        let t = toks("the North Korea us US Minister");
        assert_eq!(
            trie.longest_at(&t, 1)
                .map(|(e, mut v)| (e, *v.next().expect("a value"))),
            Some((3, 1))
        );
        assert!(trie.longest_at(&t, 3).is_none(), "'us' is not 'US'");
        assert_eq!(
            trie.longest_at(&t, 4)
                .map(|(e, mut v)| (e, *v.next().expect("a value"))),
            Some((5, 3))
        );
        assert_eq!(
            trie.longest_at(&t, 5)
                .map(|(e, mut v)| (e, *v.next().expect("a value"))),
            Some((6, 4))
        );
        let lower = toks("north korea");
        assert!(
            trie.longest_at(&lower, 0).is_none(),
            "capitalised names need capitals"
        );
    }
}
