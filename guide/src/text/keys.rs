//! Every string of a words table, each with a stable key, found through
//! serde (the language packs' own format): a new field is walked the moment
//! it exists, so no hand-kept list can skip it. The engine's `Texts` and the
//! widget's `Words` both go through here, for the voice, readability and
//! completeness tests, and for the translation files (`po/`), whose
//! `msgctxt` is the key.
//!
//! A key is the field path, with ids in place of positions wherever the
//! table has them: `q.frequency.legend.them`,
//! `q.frequency.options.daily.label.me`, `reasons.daily_use.me`,
//! `urgent_lines.them.breathing.call.text`. Plain lists (a guide's
//! sentences, the six step titles) are numbered from 0.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Fields whose string values are ids (question ids, option values, enum
/// tags), never words: they name the row instead.
const ID_KEYS: &[&str] = &["q", "value", "id", "kind", "level", "form", "lang"];

/// Every string of `table` with its key, sorted by key: the same order
/// whatever order serde_json keeps objects in (its `preserve_order`
/// feature is on in some builds of the workspace and off in others), so the
/// translation files never reorder between builds.
pub fn strings<T: Serialize + ?Sized>(table: &T) -> Vec<(String, String)> {
    let mut value = serde_json::to_value(table).expect("a words table serialises");
    let mut out = Vec::new();
    visit(&mut value, String::new(), &mut |key, s| out.push((key.to_string(), s.clone())));
    out.sort();
    out
}

/// `english` with every string replaced by `lookup(key, english string)`:
/// how a language file becomes a table of the same shape. A key without an entry is an
/// error, never a fallback to English: the error lists them all. The new
/// table's strings live for the rest of the program, like compiled-in ones.
pub fn translate<T, F>(english: &impl Serialize, mut lookup: F) -> Result<T, Vec<String>>
where
    T: Deserialize<'static>,
    F: FnMut(&str, &str) -> Option<String>,
{
    let mut value = serde_json::to_value(english).expect("a words table serialises");
    let mut missing = Vec::new();
    visit(&mut value, String::new(), &mut |key, s| match lookup(key, s) {
        Some(found) => *s = found,
        None => missing.push(key.to_string()),
    });
    if !missing.is_empty() {
        return Err(missing);
    }
    let value: &'static Value = Box::leak(Box::new(value));
    T::deserialize(value).map_err(|e| vec![format!("the translated table does not read back: {e}")])
}

/// The id a row is known by: the first element of an `(Id, words)` pair,
/// or the id fields of an object (`q`, an option's `value`, an urgent
/// line's `id` and `form`), joined by dots.
fn row_id(item: &Value) -> Option<String> {
    match item {
        Value::Array(pair) => match pair.as_slice() {
            [Value::String(id), _] if is_id(id) => Some(id.clone()),
            _ => None,
        },
        Value::Object(map) => {
            let ids: Vec<&str> = ID_KEYS.iter().filter_map(|k| map.get(*k)?.as_str()).filter(|s| is_id(s)).collect();
            (!ids.is_empty()).then(|| ids.join("."))
        }
        _ => None,
    }
}

/// Ids are snake_case words; anything with a space is a sentence.
fn is_id(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn join(path: &str, segment: &str) -> String {
    if path.is_empty() {
        segment.to_string()
    } else {
        format!("{path}.{segment}")
    }
}

fn visit(v: &mut Value, path: String, f: &mut dyn FnMut(&str, &mut String)) {
    match v {
        Value::String(s) => f(&path, s),
        Value::Array(items) => {
            // Rows are named by their ids only when every row has one, so a
            // list of sentences is never mistaken for a table.
            let ids: Option<Vec<String>> = items.iter().map(row_id).collect();
            match ids {
                Some(ids) if !items.is_empty() => {
                    for (item, id) in items.iter_mut().zip(ids) {
                        let inner = match item {
                            Value::Array(pair) => &mut pair[1],
                            other => other,
                        };
                        visit(inner, join(&path, &id), f);
                    }
                }
                _ => {
                    for (i, item) in items.iter_mut().enumerate() {
                        visit(item, join(&path, &i.to_string()), f);
                    }
                }
            }
        }
        Value::Object(map) => {
            for (k, item) in map.iter_mut() {
                if !(ID_KEYS.contains(&k.as_str()) && item.as_str().is_some_and(is_id)) {
                    visit(item, join(&path, k), f);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Row {
        id: &'static str,
        text: &'static str,
    }

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Table {
        title: &'static str,
        rows: Vec<Row>,
        pairs: Vec<(&'static str, &'static str)>,
        list: [&'static str; 2],
    }

    fn table() -> Table {
        Table {
            title: "Hello",
            rows: vec![Row { id: "first", text: "One" }, Row { id: "second", text: "Two" }],
            pairs: vec![("daily", "Every day")],
            list: ["A b", "C d"],
        }
    }

    #[test]
    fn keys_name_rows_by_their_ids_and_lists_by_position() {
        let keys: Vec<_> = strings(&table()).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["list.0", "list.1", "pairs.daily", "rows.first.text", "rows.second.text", "title"]);
    }

    #[test]
    fn translating_replaces_every_string_and_keeps_the_ids() {
        let t: Table = translate(&table(), |k, _| Some(format!("<{k}>"))).unwrap();
        assert_eq!(t.rows[1], Row { id: "second", text: "<rows.second.text>" });
        assert_eq!(t.pairs[0], ("daily", "<pairs.daily>"));
        assert_eq!(t.list, ["<list.0>", "<list.1>"]);
    }

    #[test]
    fn a_missing_entry_is_an_error_naming_it() {
        let missing = translate::<Table, _>(&table(), |k, _| (k != "list.1").then(|| "x".into())).unwrap_err();
        assert_eq!(missing, ["list.1"]);
    }
}
