//! The demo and test server: axum (hyper) with tower-http's `ServeDir`, which
//! handle HTTP parsing, header limits, keep-alive, ranges, conditional
//! requests, MIME types (`application/wasm` included) and precompressed
//! `.br`/`.gz` files. On top, this module decides what may be asked for:
//!
//! - the Host must be this server's own loopback address (a DNS-rebinding
//!   page cannot read files through it): 400 without one, 421 otherwise;
//! - the path is percent-decoded once and normalized (`.` and empty segments
//!   dropped; `..`, dotfiles and anything but `[A-Za-z0-9._-]` refused), and
//!   only that normalized path is used from then on: the allowlist, the
//!   per-page headers and the file ServeDir opens all see the same string, so
//!   `/www/./csp.html` or `/www/%63sp.html` get the CSP of `/www/csp.html`;
//! - the repository site serves only what the demo pages load (`/`,
//!   `/index.html`, `/www/*`, `/dist/*`, and `/src/style.css`, which
//!   `www/bench-static.html` links): never `target/`, `node_modules/`, `.git`,
//!   sources or manifests;
//! - a folder site (`serve --dir D [--cors]`) serves D's own files, with
//!   `Access-Control-Allow-Origin: *` when asked: the package test's second
//!   origin, standing in for a clinic's CDN.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_http::services::ServeDir;

use crate::Result;

/// The strict policy from the embedding contract (README "Content Security Policy").
pub const STRICT_CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; connect-src 'self'; img-src 'self'";

/// Extra response headers by normalized request path.
pub fn extra_headers(path: &str) -> Vec<(HeaderName, String)> {
    match path {
        // The snippet builder and the iframe page work under the policy clinics are told to use.
        "/www/csp.html" | "/www/builder.html" | "/dist/builder.html" => {
            vec![(header::CONTENT_SECURITY_POLICY, STRICT_CSP.to_string())]
        }
        // The iframe page, as the README tells its host to send it: framed
        // only by the site that embeds it (here, the demo's own pages).
        "/dist/widget.html" => {
            vec![(header::CONTENT_SECURITY_POLICY, format!("{STRICT_CSP}; frame-ancestors 'self'"))]
        }
        // Trusted Types enforced, and no policy may be created at all: proves the
        // loader and the glue use no TT sink.
        "/www/trusted-types.html" => vec![(
            header::CONTENT_SECURITY_POLICY,
            format!("{STRICT_CSP}; require-trusted-types-for 'script'; trusted-types 'none'"),
        )],
        _ => Vec::new(),
    }
}

#[derive(Clone, Debug)]
pub enum Site {
    /// The repository: the demo clinic page, `www/`, `dist/`.
    Repo(PathBuf),
    /// The files directly inside one folder, optionally readable cross-origin.
    Folder { dir: PathBuf, cors: bool },
}

impl Site {
    fn dir(&self) -> &Path {
        match self {
            Site::Repo(dir) | Site::Folder { dir, .. } => dir,
        }
    }

    /// The path ServeDir should open for a normalized request path, or None
    /// when this site does not serve it.
    fn file_for(&self, path: &str) -> Option<String> {
        let segs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        let ok = match self {
            Site::Repo(_) => {
                if segs == [""] {
                    return Some("/index.html".into());
                }
                matches!(segs.as_slice(), ["index.html"] | ["www", _] | ["dist", _] | ["src", "style.css"])
            }
            Site::Folder { .. } => matches!(segs.as_slice(), [name] if !name.is_empty()),
        };
        ok.then(|| path.to_string())
    }

    fn cors(&self) -> bool {
        matches!(self, Site::Folder { cors: true, .. })
    }
}

/// The request path as the site sees it: percent-decoded once, empty and `.`
/// segments dropped. None for anything that is not plainly a file name path:
/// `..`, dotfiles, backslashes, NUL, `%` left after decoding (double
/// encoding), non-UTF-8.
pub fn normalize(raw: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(raw).decode_utf8().ok()?;
    if !decoded.starts_with('/') {
        return None;
    }
    let mut segs = Vec::new();
    for seg in decoded.split('/') {
        match seg {
            "" | "." => {}
            _ if seg.starts_with('.') => return None,
            _ if !seg.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)) => return None,
            _ => segs.push(seg),
        }
    }
    Some(format!("/{}", segs.join("/")))
}

struct App {
    site: Site,
    files: ServeDir,
    /// The folder with symlinks resolved: nothing served may lead out of it.
    canonical_dir: PathBuf,
    /// `127.0.0.1:PORT`, `localhost:PORT`, `[::1]:PORT`.
    hosts: [String; 3],
}

fn plain(status: StatusCode, msg: &'static str) -> Response {
    (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], msg).into_response()
}

async fn handle(State(app): State<Arc<App>>, mut req: Request) -> Response {
    let host = req.headers().get(header::HOST).and_then(|h| h.to_str().ok()).map(str::to_ascii_lowercase);
    let path = match host {
        None => return plain(StatusCode::BAD_REQUEST, "a Host header is required\n"),
        Some(h) if !app.hosts.contains(&h) => {
            return plain(StatusCode::MISDIRECTED_REQUEST, "this server answers only its loopback address\n")
        }
        Some(_) => normalize(req.uri().path()),
    };
    let Some(path) = path else {
        return plain(StatusCode::NOT_FOUND, "not found\n");
    };
    let Some(file) = app.site.file_for(&path) else {
        return plain(StatusCode::NOT_FOUND, "not found\n");
    };
    if let Ok(real) = app.site.dir().join(&file[1..]).canonicalize() {
        if !real.starts_with(&app.canonical_dir) {
            return plain(StatusCode::NOT_FOUND, "not found\n");
        }
    }
    // ServeDir sees only the normalized path (no query, nothing left to decode).
    *req.uri_mut() = Uri::try_from(file.as_str()).expect("a normalized path is a valid URI");
    let mut res = match app.files.clone().try_call(req).await {
        Ok(res) => res.map(Body::new),
        // `try_call` hands a missing file back as an error (not a 404 response).
        Err(e) if missing(&e) => return plain(StatusCode::NOT_FOUND, "not found\n"),
        Err(_) => return plain(StatusCode::INTERNAL_SERVER_ERROR, "cannot read the file\n"),
    };
    let h = res.headers_mut();
    // The browser suite must never see a stale dist/ from the HTTP cache.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if app.site.cors() {
        h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    }
    for (name, value) in extra_headers(&path) {
        h.insert(name, HeaderValue::from_str(&value).expect("table values are valid header values"));
    }
    res
}

/// A file that is not there, or a path through a file (as ServeDir's own `call` decides).
fn missing(e: &std::io::Error) -> bool {
    matches!(e.kind(), std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory)
}

fn router(site: Site, port: u16) -> std::io::Result<Router> {
    let canonical_dir = site.dir().canonicalize()?;
    let files = ServeDir::new(site.dir()).precompressed_br().precompressed_gzip();
    let hosts = [format!("127.0.0.1:{port}"), format!("localhost:{port}"), format!("[::1]:{port}")];
    let app = Arc::new(App { site, files, canonical_dir, hosts });
    Ok(Router::new().fallback(handle).with_state(app))
}

/// Binds 127.0.0.1:`port` (0: any free port) now, so the caller knows the
/// address and bind errors surface here rather than in the server thread.
fn listen(port: u16) -> Result<(std::net::TcpListener, SocketAddr)> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    Ok((listener, addr))
}

/// Runs the server on the current thread until the process ends.
fn run(listener: std::net::TcpListener, app: Router) -> std::io::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_io().build()?;
    rt.block_on(async {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        axum::serve(listener, app).await
    })
}

/// Starts `site` on a background thread; returns its address.
pub fn spawn(site: Site, port: u16) -> Result<SocketAddr> {
    let (listener, addr) = listen(port)?;
    let app = router(site, addr.port())?;
    std::thread::spawn(move || {
        if let Err(e) = run(listener, app) {
            eprintln!("xtask: server on {addr} stopped: {e}");
        }
    });
    Ok(addr)
}

/// `cargo xtask serve` / `demo`: serves in the foreground until Ctrl-C.
pub fn serve_forever(site: Site, port: u16) -> Result {
    let (listener, addr) = listen(port)?;
    let app = router(site.clone(), addr.port())?;
    // The package test reads this line for the port when it asks for port 0.
    println!("xtask: serving {} at http://{addr}/  (Ctrl-C to stop)", site.dir().display());
    if let Site::Repo(_) = site {
        println!(
            "xtask: snippet builder: http://{addr}/dist/builder.html  iframe page: /dist/widget.html?lang=es\n\
             xtask: other demo pages: /www/csp.html (strict CSP), /www/trusted-types.html, /www/two.html, \
             /www/hostile.html, /www/es.html"
        );
    }
    run(listener, app)?;
    Ok(())
}

#[cfg(test)]
mod tests;
