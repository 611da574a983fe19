//! Word patterns: a tiny notation for phrases and their matcher.

use super::text::Token;

/// One slot of a pattern: alternatives (each one or more words), maybe
/// optional.
#[derive(Debug)]
pub(super) struct Item {
    alts: Vec<Vec<&'static str>>,
    optional: bool,
}

/// Reads a pattern such as `"(is it|would it be)? (ok|okay) (if i|to)"`: bare
/// words must appear; `(a|b c)` offers alternatives; a `?` after the
/// parenthesis makes the slot optional; `_` stands for any one word.
pub(super) fn parse(spec: &'static str) -> Vec<Item> {
    let mut items = Vec::new();
    let mut rest = spec.trim_start();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('(') {
            let close = after.find(')').expect("pattern parentheses are balanced");
            let alts = after[..close]
                .split('|')
                .map(|alt| alt.split_whitespace().collect())
                .collect();
            rest = &after[close + 1..];
            let optional = rest.starts_with('?');
            if optional {
                rest = &rest[1..];
            }
            items.push(Item { alts, optional });
        } else {
            let end = rest.find(' ').unwrap_or(rest.len());
            items.push(Item {
                alts: vec![vec![&rest[..end]]],
                optional: false,
            });
            rest = &rest[end..];
        }
        rest = rest.trim_start();
    }
    items
}

/// The end (exclusive token index) of the longest match of `items` from
/// token `i`, if any. Only word tokens match; punctuation breaks a match.
pub(super) fn match_items(items: &[Item], toks: &[Token], i: usize) -> Option<usize> {
    let Some((item, rest)) = items.split_first() else {
        return Some(i);
    };
    let mut best: Option<usize> = None;
    for alt in &item.alts {
        let fits = alt.iter().enumerate().all(|(k, w)| {
            toks.get(i + k)
                .is_some_and(|t| t.word && (t.norm == *w || *w == "_"))
        });
        if fits {
            if let Some(end) = match_items(rest, toks, i + alt.len()) {
                best = best.max(Some(end));
            }
        }
    }
    if item.optional {
        if let Some(end) = match_items(rest, toks, i) {
            best = best.max(Some(end));
        }
    }
    best
}

/// The words a match of `items` can start with, or `None` when any word
/// can (a leading `_`, or nothing but optional slots).
pub(super) fn first_words(items: &[Item]) -> Option<Vec<&'static str>> {
    let mut words = Vec::new();
    for item in items {
        for alt in &item.alts {
            let w = *alt.first()?;
            if w == "_" {
                return None;
            }
            words.push(w);
        }
        if !item.optional {
            return Some(words);
        }
    }
    None
}
