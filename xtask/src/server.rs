//! A tiny std-only static file server for the demo and the browser tests:
//! GET/HEAD, one request per connection, one thread per connection, right
//! MIME types, path traversal and dotfiles blocked, and a small table of
//! extra headers per page (the strict-CSP and Trusted Types demo pages).
//!
//! std only (no tiny_http/hyper): it serves a handful of local files to one
//! browser, and every dependency costs CI compile time.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

/// The strict policy from the embedding contract (README "Content Security Policy").
pub const STRICT_CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; connect-src 'self'; img-src 'self'";

/// Extra response headers by request path.
pub fn extra_headers(path: &str) -> Vec<(&'static str, String)> {
    match path {
        "/www/csp.html" => vec![("Content-Security-Policy", STRICT_CSP.to_string())],
        // Trusted Types enforced, and no policy may be created at all: proves the
        // loader and the glue use no TT sink.
        "/www/trusted-types.html" => vec![(
            "Content-Security-Policy",
            format!("{STRICT_CSP}; require-trusted-types-for 'script'; trusted-types 'none'"),
        )],
        _ => Vec::new(),
    }
}

pub fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        "png" => "image/png",
        "json" => "application/json",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Maps a request target to a file under `root`, or None when it must not be
/// served (traversal, dotfiles, encoded separators, NUL).
pub fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next()?;
    let decoded = percent_decode(path)?;
    if !decoded.starts_with('/') || decoded.contains('\\') || decoded.contains('\0') {
        return None;
    }
    let mut out = root.to_path_buf();
    for comp in Path::new(&decoded[1..]).components() {
        match comp {
            Component::Normal(seg) => {
                if seg.to_str()?.starts_with('.') {
                    return None;
                }
                out.push(seg);
            }
            Component::CurDir => {}
            _ => return None, // `..`, a root or a prefix
        }
    }
    if out.is_dir() {
        out.push("index.html");
    }
    // Symlinks must not lead out of the root either.
    let canon = out.canonicalize().ok()?;
    canon.starts_with(root.canonicalize().ok()?).then_some(canon)
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

pub fn serve_forever(listener: TcpListener, root: PathBuf) {
    for stream in listener.incoming().flatten() {
        let root = root.clone();
        std::thread::spawn(move || {
            let _ = handle(stream, &root);
        });
    }
}

fn handle(mut stream: TcpStream, root: &Path) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers (bounded).
    let mut line = String::new();
    for _ in 0..100 {
        line.clear();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if method != "GET" && method != "HEAD" {
        return respond(&mut stream, "405 Method Not Allowed", "text/plain", &[], b"method not allowed\n", true);
    }
    let path_only = target.split(['?', '#']).next().unwrap_or("");
    let not_found = |stream: &mut TcpStream| {
        respond(stream, "404 Not Found", "text/plain; charset=utf-8", &[], b"not found\n", method == "GET")
    };
    let Some(file) = resolve(root, target) else {
        return not_found(&mut stream);
    };
    let mut body = Vec::new();
    if std::fs::File::open(&file).and_then(|mut f| f.read_to_end(&mut body)).is_err() {
        return not_found(&mut stream);
    }
    let extra = extra_headers(path_only);
    respond(&mut stream, "200 OK", mime(&file), &extra, &body, method == "GET")
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    content_type: &str,
    extra: &[(&str, String)],
    body: &[u8],
    with_body: bool,
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in extra {
        head.push_str(k);
        head.push_str(": ");
        head.push_str(v);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if with_body {
        stream.write_all(body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mime_types() {
        assert_eq!(mime(Path::new("a.wasm")), "application/wasm");
        assert_eq!(mime(Path::new("a.js")), "text/javascript; charset=utf-8");
        assert_eq!(mime(Path::new("index.html")), "text/html; charset=utf-8");
        assert_eq!(mime(Path::new("f.svg")), "image/svg+xml");
    }

    #[test]
    fn traversal_is_blocked() {
        let root = crate::root();
        assert!(resolve(&root, "/index.html").is_some() || !root.join("index.html").exists());
        assert!(resolve(&root, "/Cargo.toml?x=1").is_some());
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/xtask/../../etc/passwd",
            "/.git/config",
            "/..%2fetc%2fpasswd",
            "/a\\..\\b",
            "/%00",
            "//etc/passwd",
            "relative",
            "/%zz",
        ] {
            assert_eq!(resolve(&root, bad), None, "{bad}");
        }
    }

    #[test]
    fn csp_table() {
        let h = extra_headers("/www/csp.html");
        assert_eq!(h[0].0, "Content-Security-Policy");
        assert!(h[0].1.contains("'wasm-unsafe-eval'"));
        assert!(extra_headers("/index.html").is_empty());
    }
}
