//! The house reads one way (spec/architecture.md): in the widget, `app` →
//! `pages` → `components` → the rest → `guide`; no file-level import cycle
//! in `src/` or in `guide/src/`. Read from the sources themselves, so a new
//! `use` that turns an arrow around fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, as its module path (`pages::result`).
fn modules(dir: &Path) -> BTreeMap<String, PathBuf> {
    fn walk(dir: &Path, prefix: &str, out: &mut BTreeMap<String, PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
            if path.is_dir() {
                walk(&path, &format!("{prefix}{stem}::"), out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = match stem.as_str() {
                    "lib" => "crate".to_string(),
                    "mod" => prefix.trim_end_matches("::").to_string(),
                    _ => format!("{prefix}{stem}"),
                };
                out.insert(name, path);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, "", &mut out);
    out
}

/// The modules of this crate that `source` names through `crate::…` (or
/// `super::…` from `module`), resolved to the longest known module path.
/// Test modules (`#[cfg(test)]` to the end of the file) are left out.
fn imports(module: &str, source: &str, known: &BTreeMap<String, PathBuf>) -> BTreeSet<String> {
    let code = source.split("#[cfg(test)]").next().unwrap();
    let parent = module.rsplit_once("::").map_or("", |(p, _)| p);
    let mut out = BTreeSet::new();
    for (i, _) in code.match_indices("crate::").chain(code.match_indices("super::")) {
        let rest = &code[i..];
        let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).unwrap_or(rest.len());
        let path = &rest[..end];
        let path = match path.strip_prefix("super::") {
            Some(tail) if parent.is_empty() => tail.to_string(),
            Some(tail) => format!("{parent}::{tail}"),
            None => path.trim_start_matches("crate::").to_string(),
        };
        let mut parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
        while !parts.is_empty() {
            let candidate = parts.join("::");
            if known.contains_key(&candidate) {
                if candidate != module && !module.starts_with(&format!("{candidate}::")) {
                    out.insert(candidate);
                }
                break;
            }
            parts.pop();
        }
    }
    out
}

fn graph(dir: &str) -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let known = modules(&root);
    known
        .iter()
        .map(|(name, path)| (name.clone(), imports(name, &std::fs::read_to_string(path).unwrap(), &known)))
        .collect()
}

/// A cycle through `graph`, if any, as the modules on it.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = stack.iter().position(|n| n == node) {
            return Some(stack[i..].to_vec());
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_widget_and_the_engine_have_no_import_cycle() {
    for dir in ["src", "guide/src"] {
        let g = graph(dir);
        assert!(g.len() > 5, "{dir}: modules found: {:?}", g.keys());
        assert_eq!(find_cycle(&g), None, "{dir}");
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let g: BTreeMap<String, BTreeSet<String>> = [("a", "b"), ("b", "c"), ("c", "a")]
        .into_iter()
        .map(|(from, to)| (from.to_string(), BTreeSet::from([to.to_string()])))
        .collect();
    assert!(find_cycle(&g).is_some());
}

#[test]
fn widget_imports_run_from_pages_to_components_to_state() {
    let g = graph("src");
    let layer = |m: &str| match m.split("::").next().unwrap() {
        "crate" | "embed" => 5,
        "app" => 4,
        "pages" => 3,
        "components" => 2,
        "hooks" | "view" | "download" | "summary" | "summary_html" | "leave" | "languages" => 1,
        _ => 0, // state, words, config
    };
    for (from, tos) in &g {
        for to in tos {
            let (a, b) = (layer(from), layer(to));
            // Same-layer imports are fine only inside `components` (a form uses choices) and the bottom layers.
            assert!(a > b || (a == b && a <= 2), "{from} imports {to}: against the grain");
        }
    }
    assert!(g["pages::result"].contains("components::card"), "the graph sees imports: {:?}", g["pages::result"]);
}
