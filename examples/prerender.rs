//! The start page as the widget renders it, for the loader to paint before
//! the wasm arrives (in the language packs, `cargo xtask dist`) and for the
//! benchmark's static page (`cargo xtask bench`):
//!
//!     cargo run --quiet --example prerender -- --packs DIR  # the packs, and {"css"}
//!     cargo run --quiet --example prerender -- --html       # {"css", "html": {lang: markup}}
//!
//! Each language's start page is rendered by Yew's server renderer from the
//! widget's own `Shell` and a fresh `Journey` (the default config in that
//! language), so it cannot drift from what the wasm shows. Stdout is JSON:
//! always the minified stylesheet (`css`), which dist writes into the loader.
//!
//! `--packs DIR` writes each language's pack, `DIR/kratom-check.LANG.pack`
//! (`src/pack.rs`): `{"page": NODE, "loading", "failed"}` (the start page and
//! its language switch's two messages) for the loader, then the words for the
//! wasm. The loader gets the page as data, not markup: a NODE is a text
//! string or `[tag, {attr: value, ...}, NODE...]`, built into DOM with
//! createElement / setAttribute / text nodes (no innerHTML: Trusted Types
//! stay enforced). The loader paints from the pack of the element's
//! language, so a visitor's first download carries one language's start page
//! and words.
//!
//! `--html` adds the SSR markup itself, for the bench's static page.

use std::collections::BTreeMap;
use std::io::Write;
use std::rc::Rc;

use guide::Lang;
use kratom_check::app::Shell;
use kratom_check::config::Config;
use kratom_check::state::Journey;
use serde_json::{json, Map, Value};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct StartProps {
    lang: Lang,
}

/// The widget's `App` minus the wasm-only mounting: `Shell` on a fresh journey.
#[component]
fn Start(props: &StartProps) -> Html {
    let lang = props.lang;
    let journey = use_reducer(move || Journey::new(lang));
    let config = Rc::new(Config { lang, ..Config::default() });
    html! { <Shell {config} {journey} /> }
}

async fn render(lang: Lang) -> String {
    yew::LocalServerRenderer::<Start>::with_props(StartProps { lang }).hydratable(false).render().await
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let html_out = args.iter().any(|a| a == "--html");
    let packs_dir = args.iter().position(|a| a == "--packs").map(|i| args.get(i + 1).expect("--packs DIR"));
    let mut html_pages = Map::new();
    for lang in Lang::ALL {
        let html = render(lang).await;
        if let Some(dir) = packs_dir {
            // The painted page's language switch says what the widget's says.
            let w = kratom_check::words::words(lang);
            let page = parse(&html).expect("Yew's SSR output parses");
            let loader_part = json!({ "page": page, "loading": w.lang_loading, "failed": w.lang_failed }).to_string();
            let path = std::path::Path::new(dir).join(format!("kratom-check.{}.pack", lang.code()));
            std::fs::write(&path, kratom_check::pack::file(lang, &loader_part)).expect("write the pack");
        }
        if html_out {
            html_pages.insert(lang.code().to_string(), Value::from(html));
        }
    }
    // The loader's own words, before any pack is in: its loading note.
    let loading: Map<String, Value> = Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), Value::from(kratom_check::words::words(*l).loading_note)))
        .collect();
    let mut out = json!({ "css": kratom_check::embed::BASE_CSS, "loading": loading });
    if html_out {
        out["html"] = Value::Object(html_pages);
    }
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.to_string().as_bytes()).and_then(|_| stdout.write_all(b"\n")).expect("write stdout");
}

/// Elements without an end tag.
const VOID: [&str; 6] = ["input", "br", "img", "hr", "meta", "link"];

/// Yew's SSR markup (one root element, double-quoted attributes, escaped
/// text, no comments with `hydratable(false)`) → the loader's NODE tree.
/// Strict on purpose: anything else is an error, not a guess.
fn parse(html: &str) -> Result<Value, String> {
    let mut stack: Vec<(String, Map<String, Value>, Vec<Value>)> = Vec::new();
    let mut root = None;
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>').ok_or("unclosed end tag")?;
            let name = &after[..end];
            let (tag, attrs, children) = stack.pop().ok_or("end tag without a start")?;
            if tag != name {
                return Err(format!("</{name}> closes <{tag}>"));
            }
            push(&mut stack, &mut root, element(tag, attrs, children))?;
            rest = &after[end + 1..];
        } else if let Some(after) = rest.strip_prefix('<') {
            let (tag, attrs, after) = start_tag(after)?;
            if VOID.contains(&tag.as_str()) {
                push(&mut stack, &mut root, element(tag, attrs, Vec::new()))?;
            } else {
                stack.push((tag, attrs, Vec::new()));
            }
            rest = after;
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = unescape(&rest[..end])?;
            match stack.last_mut() {
                Some((_, _, children)) => children.push(Value::from(text)),
                None if text.trim().is_empty() => {}
                None => return Err("text outside the root element".into()),
            }
            rest = &rest[end..];
        }
    }
    if !stack.is_empty() {
        return Err("unclosed element".into());
    }
    root.ok_or_else(|| "no element".into())
}

fn element(tag: String, attrs: Map<String, Value>, children: Vec<Value>) -> Value {
    let mut node = vec![Value::from(tag), Value::Object(attrs)];
    node.extend(children);
    Value::Array(node)
}

fn push(
    stack: &mut [(String, Map<String, Value>, Vec<Value>)],
    root: &mut Option<Value>,
    node: Value,
) -> Result<(), String> {
    match stack.last_mut() {
        Some((_, _, children)) => children.push(node),
        None if root.is_none() => *root = Some(node),
        None => return Err("more than one root element".into()),
    }
    Ok(())
}

/// `tag a="v" b>` → (tag, attributes, the text after `>`).
fn start_tag(s: &str) -> Result<(String, Map<String, Value>, &str), String> {
    let name_end = s.find(|c: char| c.is_whitespace() || c == '>' || c == '/').ok_or("unclosed start tag")?;
    let tag = s[..name_end].to_ascii_lowercase();
    if tag.is_empty() || !tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(format!("odd tag name {tag:?}"));
    }
    let mut attrs = Map::new();
    let mut rest = &s[name_end..];
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("/>").or_else(|| rest.strip_prefix('>')) {
            return Ok((tag, attrs, after));
        }
        let end = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/').ok_or("unclosed tag")?;
        let name = rest[..end].to_ascii_lowercase();
        if name.is_empty() {
            return Err(format!("odd attribute in <{tag}>"));
        }
        rest = &rest[end..];
        let value = match rest.strip_prefix("=\"") {
            Some(after) => {
                let close = after.find('"').ok_or("unclosed attribute value")?;
                rest = &after[close + 1..];
                unescape(&after[..close])?
            }
            None => String::new(),
        };
        attrs.insert(name, Value::from(value));
    }
}

/// Character references as Yew's SSR writes them (named and numeric).
fn unescape(s: &str) -> Result<String, String> {
    let named: BTreeMap<&str, char> =
        [("amp", '&'), ("lt", '<'), ("gt", '>'), ("quot", '"'), ("apos", '\''), ("nbsp", '\u{a0}')].into();
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after.find(';').ok_or("unterminated character reference")?;
        let name = &after[..end];
        let c = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
            u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
        } else if let Some(dec) = name.strip_prefix('#') {
            dec.parse().ok().and_then(char::from_u32)
        } else {
            named.get(name).copied()
        };
        out.push(c.ok_or_else(|| format!("unknown character reference &{name};"))?);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_elements_attributes_text_and_references() {
        let tree = parse(r#"<div class="a b" lang="en"><p>It&#x27;s &amp; &lt;ok&gt;</p><input type="radio" checked><span></span></div>"#)
            .unwrap();
        assert_eq!(
            tree,
            json!(["div", {"class": "a b", "lang": "en"},
                ["p", {}, "It's & <ok>"],
                ["input", {"type": "radio", "checked": ""}],
                ["span", {}]])
        );
        assert!(parse("<div><p></div>").is_err());
        assert!(parse("<div></div><div></div>").is_err());
        assert!(parse("<div>&bogus;</div>").is_err());
    }

    /// Every language's start page parses, with the `who` radios and Start.
    #[tokio::test]
    async fn start_pages_parse_with_their_question() {
        for lang in Lang::ALL {
            let tree = parse(&render(lang).await).unwrap().to_string();
            assert!(tree.contains(r#""name":"who""#), "{tree}");
            assert!(tree.contains(r#""type":"submit""#), "{tree}");
            assert!(tree.contains(kratom_check::words::words(lang).privacy), "{tree}");
        }
    }
}
