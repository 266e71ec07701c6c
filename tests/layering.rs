//! The house reads one way (spec/architecture.md). Every crate of the
//! workspace (each `members` entry of the root Cargo.toml: the widget, the
//! engine `guide`, the build tool `xtask`, and any crate added later) is read
//! from its sources with `syn`, so grouped and nested imports
//! (`use crate::{a, b::{self, C}}`), `super::`/`self::` paths, paths in code
//! and in macro bodies (`html! { … }`) all count. The test fails on any
//! import cycle between files, and on an arrow against the declared layer
//! order of the widget and of xtask.
//!
//! One arrow is not counted: a module using an item *defined* in one of its
//! ancestors (a folder's `mod.rs` declares the types its children fill in,
//! e.g. `words::en` builds the `Words` of `words/mod.rs`; every module may
//! use the crate root's `Result`). Items an ancestor only re-exports
//! (`pub use model::*`) are followed to the module that defines them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use syn::visit::Visit;

/// A module's path from its crate root (`pages::result`); the root is `crate`.
type Module = String;
type Graph = BTreeMap<Module, BTreeSet<Module>>;

const ROOT: &str = "crate";

fn join(segments: &[String]) -> Module {
    if segments.is_empty() {
        ROOT.to_string()
    } else {
        segments.join("::")
    }
}

fn split(module: &str) -> Vec<String> {
    if module == ROOT {
        Vec::new()
    } else {
        module.split("::").map(str::to_string).collect()
    }
}

/// Every `.rs` file of a crate's `src/` as (module path, source); `bin/` and
/// a `main.rs` next to a `lib.rs` are other crates and are left out.
fn read_crate(src: &Path) -> BTreeMap<Module, String> {
    fn walk(dir: &Path, prefix: &[String], out: &mut BTreeMap<Module, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
            let mut here = prefix.to_vec();
            if path.is_dir() {
                if !(prefix.is_empty() && stem == "bin") {
                    here.push(stem);
                    walk(&path, &here, out);
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            match (prefix.is_empty(), stem.as_str()) {
                (true, "lib") => {}
                (true, "main") if dir.join("lib.rs").exists() => continue,
                (true, "main") | (false, "mod") => {}
                _ => here.push(stem),
            }
            out.insert(join(&here), std::fs::read_to_string(&path).unwrap());
        }
    }
    let mut out = BTreeMap::new();
    walk(src, &[], &mut out);
    out
}

/// `#[cfg(test)]` on an item: test code may reach anywhere.
fn is_test(attrs: &[syn::Attribute]) -> bool {
    attrs
        .iter()
        .any(|a| a.path().is_ident("cfg") && a.meta.require_list().is_ok_and(|l| l.tokens.to_string().trim() == "test"))
}

/// What one `use` tree brings in: each leaf's full path and the name it is
/// known by in the importing module (`None` for a glob).
fn use_leaves(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<(Vec<String>, Option<String>)>) {
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            use_leaves(&p.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(n) if n.ident == "self" => out.push((prefix.clone(), prefix.last().cloned())),
        syn::UseTree::Name(n) => {
            let mut path = prefix.clone();
            path.push(n.ident.to_string());
            out.push((path, Some(n.ident.to_string())));
        }
        syn::UseTree::Rename(r) => {
            let mut path = prefix.clone();
            if r.ident != "self" {
                path.push(r.ident.to_string());
            }
            out.push((path, Some(r.rename.to_string())));
        }
        syn::UseTree::Glob(_) => out.push((prefix.clone(), None)),
        syn::UseTree::Group(g) => g.items.iter().for_each(|t| use_leaves(t, prefix, out)),
    }
}

/// One file, read: the paths it names (relative to the module they appear
/// in), the items it defines, and what it imports by which name.
#[derive(Default)]
struct File {
    /// (the module the path appears in, the path as written).
    paths: Vec<(Vec<String>, Vec<String>)>,
    /// Names defined at the file's top level.
    defines: BTreeSet<String>,
    /// Name → the written path it was imported from (top-level `use`s).
    imports: BTreeMap<String, Vec<String>>,
    /// Written paths of top-level glob imports (`pub use model::*`).
    globs: Vec<Vec<String>>,
    /// Child modules declared `#[cfg(test)] mod x;` (test-only files).
    test_children: BTreeSet<String>,
}

struct Reader<'f> {
    file: &'f mut File,
    /// The module being read (the file's, then any inline `mod` within it).
    at: Vec<String>,
    depth: usize,
}

impl Reader<'_> {
    /// Paths inside a macro body (`html! { <crate::x::Y/> }`), which syn
    /// keeps as tokens: each `crate::…`, `super::…` or `self::…` run.
    fn macro_body(&mut self, tokens: String) {
        let text = tokens.replace(" :: ", "::");
        let word = |c: char| c.is_alphanumeric() || c == '_';
        for start in ["crate::", "super::", "self::"] {
            for (i, _) in text.match_indices(start) {
                if text[..i].chars().next_back().is_some_and(word) {
                    continue;
                }
                let rest = &text[i..];
                let end = rest.find(|c: char| !(word(c) || c == ':')).unwrap_or(rest.len());
                let path: Vec<String> = rest[..end].split("::").filter(|s| !s.is_empty()).map(str::to_string).collect();
                // `super::super::x` is one path, not also `super::x`.
                if path.len() > 1 && !text[..i].ends_with("super::") && !text[..i].ends_with("self::") {
                    self.file.paths.push((self.at.clone(), path));
                }
            }
        }
    }
}

impl<'ast> Visit<'ast> for Reader<'_> {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let attrs = match item {
            syn::Item::Const(i) => &i.attrs,
            syn::Item::Enum(i) => &i.attrs,
            syn::Item::Fn(i) => &i.attrs,
            syn::Item::Impl(i) => &i.attrs,
            syn::Item::Macro(i) => &i.attrs,
            syn::Item::Mod(i) => &i.attrs,
            syn::Item::Static(i) => &i.attrs,
            syn::Item::Struct(i) => &i.attrs,
            syn::Item::Trait(i) => &i.attrs,
            syn::Item::Type(i) => &i.attrs,
            syn::Item::Union(i) => &i.attrs,
            syn::Item::Use(i) => &i.attrs,
            _ => return syn::visit::visit_item(self, item),
        };
        if is_test(attrs) {
            if let syn::Item::Mod(m) = item {
                if m.content.is_none() && self.depth == 0 {
                    self.file.test_children.insert(m.ident.to_string());
                }
            }
            return;
        }
        let top = self.depth == 0;
        let name = match item {
            syn::Item::Const(i) => Some(&i.ident),
            syn::Item::Enum(i) => Some(&i.ident),
            syn::Item::Fn(i) => Some(&i.sig.ident),
            syn::Item::Macro(i) => i.ident.as_ref(),
            syn::Item::Mod(i) => Some(&i.ident),
            syn::Item::Static(i) => Some(&i.ident),
            syn::Item::Struct(i) => Some(&i.ident),
            syn::Item::Trait(i) => Some(&i.ident),
            syn::Item::Type(i) => Some(&i.ident),
            syn::Item::Union(i) => Some(&i.ident),
            _ => None,
        };
        if let (true, Some(name)) = (top, name) {
            self.file.defines.insert(name.to_string());
        }
        match item {
            syn::Item::Use(u) => {
                let mut leaves = Vec::new();
                use_leaves(&u.tree, &mut Vec::new(), &mut leaves);
                for (path, name) in leaves {
                    if top {
                        match &name {
                            Some(n) => {
                                self.file.imports.insert(n.clone(), path.clone());
                            }
                            None => self.file.globs.push(path.clone()),
                        }
                    }
                    self.file.paths.push((self.at.clone(), path));
                }
            }
            syn::Item::Mod(m) if m.content.is_some() => {
                self.at.push(m.ident.to_string());
                self.depth += 1;
                syn::visit::visit_item_mod(self, m);
                self.depth -= 1;
                self.at.pop();
            }
            _ => {
                // Names inside a function or impl are not the module's.
                self.depth += 1;
                syn::visit::visit_item(self, item);
                self.depth -= 1;
            }
        }
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments.len() > 1 {
            self.file.paths.push((self.at.clone(), segments));
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.visit_path(&mac.path);
        self.macro_body(mac.tokens.to_string());
    }
}

fn read_file(module: &str, source: &str) -> File {
    let ast = syn::parse_file(source).unwrap_or_else(|e| panic!("{module}: {e}"));
    let mut file = File::default();
    let mut reader = Reader { file: &mut file, at: split(module), depth: 0 };
    for item in &ast.items {
        reader.visit_item(item);
    }
    file
}

/// The import graph of one crate, from its files' sources by module path.
fn graph_of(sources: &BTreeMap<Module, String>) -> Graph {
    let files: BTreeMap<Module, File> = sources.iter().map(|(m, s)| (m.clone(), read_file(m, s))).collect();
    // Test-only files (`#[cfg(test)] mod tests;`) and everything below them.
    let test_only: Vec<Module> = files
        .iter()
        .flat_map(|(m, f)| f.test_children.iter().map(move |c| join(&[split(m), vec![c.clone()]].concat())))
        .collect();
    let counted = |m: &str| !test_only.iter().any(|t| m == t || m.starts_with(&format!("{t}::")));
    let crate_ = Crate { files: &files };
    files
        .iter()
        .filter(|(m, _)| counted(m))
        .map(|(module, file)| {
            let mut to = BTreeSet::new();
            for (at, path) in &file.paths {
                if let Some(abs) = crate_.absolute(at, path) {
                    if let Some(target) = crate_.defining_module(&abs, 0) {
                        let ancestor = target == ROOT || module.starts_with(&format!("{target}::"));
                        if &target != module && !ancestor && counted(&target) {
                            to.insert(target);
                        }
                    }
                }
            }
            (module.clone(), to)
        })
        .collect()
}

struct Crate<'a> {
    files: &'a BTreeMap<Module, File>,
}

impl Crate<'_> {
    fn is_module(&self, segments: &[String]) -> bool {
        self.files.contains_key(&join(segments))
    }

    /// `path` as written in module `at`, from the crate root; None for
    /// another crate's path (`std::…`, `guide::…`) or a local name.
    fn absolute(&self, at: &[String], path: &[String]) -> Option<Vec<String>> {
        let (first, rest) = path.split_first()?;
        match first.as_str() {
            "crate" => Some(rest.to_vec()),
            "self" => Some([at, rest].concat()),
            "super" => {
                let mut base = at.to_vec();
                base.pop()?;
                let mut rest = rest;
                while rest.first().is_some_and(|s| s == "super") {
                    base.pop()?;
                    rest = &rest[1..];
                }
                Some([base.as_slice(), rest].concat())
            }
            // A child module named without `self::` (2018 paths).
            _ if self.is_module(&[at, std::slice::from_ref(first)].concat()) => Some([at, path].concat()),
            _ => None,
        }
    }

    /// The file that defines what `abs` names: the longest module prefix,
    /// then through that module's imports and globs when the next segment
    /// is a name it only re-exports.
    fn defining_module(&self, abs: &[String], hops: usize) -> Option<Module> {
        let n = (0..=abs.len()).rev().find(|&n| self.is_module(&abs[..n]))?;
        let module = join(&abs[..n]);
        let Some(name) = abs.get(n) else { return Some(module) };
        let file = &self.files[&module];
        if hops > 8 || file.defines.contains(name) {
            return Some(module);
        }
        let at = split(&module);
        if let Some(from) = file.imports.get(name) {
            let target = self.absolute(&at, from).map(|t| [t.as_slice(), &abs[n + 1..]].concat());
            return match target {
                Some(t) => self.defining_module(&t, hops + 1),
                None => Some(module),
            };
        }
        for glob in &file.globs {
            if let Some(src) = self.absolute(&at, glob) {
                if self.files.get(&join(&src)).is_some_and(|f| f.defines.contains(name)) {
                    return self.defining_module(&[src.as_slice(), &abs[n..]].concat(), hops + 1);
                }
            }
        }
        Some(module)
    }
}

/// A cycle through `graph`, if any, as the modules on it.
fn find_cycle(graph: &Graph) -> Option<Vec<Module>> {
    fn visit(node: &str, graph: &Graph, stack: &mut Vec<Module>, done: &mut BTreeSet<Module>) -> Option<Vec<Module>> {
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

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The workspace's crates: each `members` entry of the root Cargo.toml.
fn members() -> Vec<String> {
    let toml = std::fs::read_to_string(workspace_root().join("Cargo.toml")).unwrap();
    // The `members = [...]` line (not `default-members`), on one line as written.
    let line = toml.lines().find_map(|l| l.strip_prefix("members = [")).expect("[workspace] members");
    let list = line.split_once(']').expect("members on one line").0;
    list.split(',').map(|m| m.trim().trim_matches('"').to_string()).filter(|m| !m.is_empty()).collect()
}

fn graph(member: &str) -> Graph {
    graph_of(&read_crate(&workspace_root().join(member).join("src")))
}

#[test]
fn no_crate_of_the_workspace_has_an_import_cycle() {
    let members = members();
    for expected in [".", "guide", "xtask"] {
        assert!(members.iter().any(|m| m == expected), "{expected} in {members:?}");
    }
    // A crate folder next to the others that is not a member would escape this test.
    for entry in std::fs::read_dir(workspace_root()).unwrap() {
        let dir = entry.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        if dir.join("Cargo.toml").exists() && dir.join("src").is_dir() {
            assert!(members.contains(&name), "{name}/ is a crate but not a workspace member");
        }
    }
    for member in &members {
        let g = graph(member);
        // The three first crates are known to have many files: the reading works.
        let least = if [".", "guide", "xtask"].contains(&member.as_str()) { 6 } else { 1 };
        assert!(g.len() >= least, "{member}: modules found: {:?}", g.keys());
        assert_eq!(find_cycle(&g), None, "{member}: an import cycle");
    }
}

/// A crate written here, with a circle drawn only through the forms the
/// old text scan missed: a nested group, `self` in a group, and a name the
/// crate root re-exports.
#[test]
fn a_circle_through_grouped_imports_is_caught() {
    let sources = |c_imports: &str| -> BTreeMap<Module, String> {
        [
            ("crate", "mod a; mod b; mod c; pub use c::*;"),
            ("a", "use crate::{b::{self, Thing as T}, z::Other};\npub fn f() -> T { b::g() }"),
            ("b", "pub struct Thing; pub fn g() -> Thing { Thing }\nuse crate::Deep;"),
            ("c", c_imports),
        ]
        .into_iter()
        .map(|(m, s)| (m.to_string(), s.to_string()))
        .collect()
    };
    // `crate::Deep` is defined in c and reached through the root's glob.
    let closed = graph_of(&sources("pub struct Deep;\nfn h() { super::a::f(); }"));
    assert_eq!(closed["a"], BTreeSet::from(["b".to_string()]), "{closed:?}");
    assert_eq!(closed["b"], BTreeSet::from(["c".to_string()]), "{closed:?}");
    assert_eq!(closed["c"], BTreeSet::from(["a".to_string()]), "{closed:?}");
    let cycle = find_cycle(&closed).expect("a → b → c → a is a cycle");
    assert_eq!(cycle.len(), 3, "{cycle:?}");

    // The same crate without c's arrow back, and with that arrow only in test code, has none.
    assert_eq!(find_cycle(&graph_of(&sources("pub struct Deep;"))), None);
    let test_only = "pub struct Deep;\n#[cfg(test)]\nmod tests { fn h() { crate::a::f(); } }";
    assert_eq!(find_cycle(&graph_of(&sources(test_only))), None);
}

/// A path in a macro body and `super::super::` count too; an item defined
/// in an ancestor does not.
#[test]
fn macro_bodies_and_relative_paths_are_read() {
    let sources: BTreeMap<Module, String> = [
        ("crate", "pub mod p; pub mod q; pub type Result = ();"),
        ("p", "pub mod inner; pub struct Face;"),
        ("p::inner", "use super::Face;\nfn f() -> crate::Result { html! { <super::super::q::Card/> } }"),
        ("q", "pub struct Card;"),
    ]
    .into_iter()
    .map(|(m, s)| (m.to_string(), s.to_string()))
    .collect();
    let g = graph_of(&sources);
    assert_eq!(g["p::inner"], BTreeSet::from(["q".to_string()]), "{g:?}");
    assert_eq!(g["crate"], BTreeSet::new(), "`mod` declarations are not imports: {g:?}");
}

#[test]
fn widget_imports_run_from_pages_to_components_to_state() {
    let g = graph(".");
    let layer = |m: &str| match m.split("::").next().unwrap() {
        "crate" | "embed" => 5,
        "app" => 4,
        "pages" => 3,
        "components" => 2,
        "hooks" | "view" | "download" | "summary" | "summary_html" | "leave" | "lang_packs" => 1,
        _ => 0, // state, words, config
    };
    for (from, tos) in &g {
        // A module using its own submodule (`embed` → `embed::attrs`) is an arrow down.
        for to in tos.iter().filter(|to| !to.starts_with(&format!("{from}::"))) {
            let (a, b) = (layer(from), layer(to));
            // Same-layer imports are fine only inside `components` (a form uses choices) and the bottom layers.
            assert!(a > b || (a == b && a <= 2), "{from} imports {to}: against the grain");
        }
    }
    assert!(g["pages::result"].contains("components::card"), "the graph sees imports: {:?}", g["pages::result"]);
}

/// xtask's commands sit on what they build: the command line, then the
/// commands (`test`, `package`, `bench`, `mutants`), then `dist`, then
/// what dist writes (the npm files, the site pages, the WordPress plugin),
/// then the build's tools (`tools`), then what a release is (`release`)
/// and the machine (`env`, `serve`). A new module must be given its place here.
#[test]
fn xtask_arrows_run_from_commands_down_to_the_release() {
    let g = graph("xtask");
    let layer = |m: &str| match m.split("::").next().unwrap() {
        "crate" => 6,
        "test" | "package" | "bench" | "mutants" => 5,
        "dist" => 4,
        "npm" => 3,
        // The clinic's reader page, the FHIR validators and the PO files sit
        // beside the site files: each builds on tools, none on dist.
        "site" | "wordpress" | "reader" | "fhir_check" | "i18n" => 2,
        "tools" => 1,
        "release" | "env" | "serve" => 0,
        other => panic!("xtask/src/{other}.rs has no layer in tests/layering.rs: give it one"),
    };
    for (from, tos) in &g {
        for to in tos {
            assert!(layer(from) > layer(to), "xtask: {from} imports {to}: against the grain");
        }
    }
    assert!(g["package"].contains("dist"), "the graph sees xtask's imports: {:?}", g["package"]);
}
