//! Minifies `src/style.css` into `OUT_DIR` for `embed.rs`: the source stays
//! commented and readable, the wasm carries only what the browser needs.
//! Conservative on purpose: drops comments, collapses whitespace, and removes
//! it only next to `{ } ; , >` and after `:`; quoted strings are kept as written.

use std::path::PathBuf;

fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = '\0';
                for d in chars.by_ref() {
                    if prev == '*' && d == '/' {
                        break;
                    }
                    prev = d;
                }
                pending_space = true;
            }
            c if c.is_whitespace() => pending_space = true,
            '"' | '\'' => {
                flush_space(&mut out, &mut pending_space);
                out.push(c);
                while let Some(d) = chars.next() {
                    out.push(d);
                    if d == '\\' {
                        if let Some(e) = chars.next() {
                            out.push(e);
                        }
                    } else if d == c {
                        break;
                    }
                }
            }
            '}' => {
                pending_space = false;
                if out.ends_with(';') {
                    out.pop();
                }
                out.push('}');
            }
            '{' | ';' | ',' | '>' => {
                pending_space = false;
                out.push(c);
            }
            c => {
                flush_space(&mut out, &mut pending_space);
                out.push(c);
            }
        }
    }
    out
}

/// Writes one pending space, unless a neighbour makes it redundant.
fn flush_space(out: &mut String, pending: &mut bool) {
    if std::mem::take(pending) && !out.is_empty() && !out.ends_with(['{', '}', ';', ',', '>', ':']) {
        out.push(' ');
    }
}

fn main() {
    println!("cargo:rerun-if-changed=src/style.css");
    let css = std::fs::read_to_string("src/style.css").expect("src/style.css");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("style.min.css");
    std::fs::write(out, minify(&css)).expect("write style.min.css");
}
