//! The server as a browser meets it: a real listener on an ephemeral
//! loopback port, spoken to over raw HTTP/1.1 so that request targets and
//! Host headers arrive byte for byte as written (an HTTP client library would
//! normalize `/www/./csp.html` or fix the Host before sending).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};

use super::*;

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Sends one request (`host`: None for no Host header) and reads the reply.
fn get(addr: SocketAddr, target: &str, host: Option<&str>, extra: &str) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    let host = host.map(|h| format!("Host: {h}\r\n")).unwrap_or_default();
    write!(s, "GET {target} HTTP/1.1\r\n{host}{extra}Connection: close\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("a complete response head");
    let head = String::from_utf8(raw[..split].to_vec()).unwrap();
    let mut lines = head.lines();
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let headers =
        lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_string(), v.trim().to_string())).collect();
    let mut body = raw[split + 4..].to_vec();
    if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        body = dechunk(&body);
    }
    Reply { status, headers, body }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let eol = b.windows(2).position(|w| w == b"\r\n").unwrap();
        let len = usize::from_str_radix(std::str::from_utf8(&b[..eol]).unwrap().trim(), 16).unwrap();
        if len == 0 {
            return out;
        }
        out.extend_from_slice(&b[eol + 2..eol + 2 + len]);
        b = &b[eol + 4 + len..];
    }
}

/// A throwaway repository-shaped folder, made once per test run: the files
/// the site serves, and the ones it must not (sources, manifests, build
/// output, node_modules, .git).
fn fixture() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(make_fixture).clone()
}

fn make_fixture() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kc-serve-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let files: &[(&str, &[u8])] = &[
        ("index.html", b"<!doctype html>demo"),
        ("www/csp.html", b"csp page"),
        ("www/trusted-types.html", b"tt page"),
        ("www/.hidden", b"SECRET"),
        ("dist/kratom-check.js", b"loader, identity"),
        ("dist/kratom-check.js.gz", b"loader, gzip bytes"),
        ("dist/kratom-check.js.br", b"loader, brotli bytes"),
        ("dist/kratom-check_bg.wasm", b"\0asm\x01\0\0\0"),
        ("src/style.css", b":host{}"),
        ("src/lib.rs", b"SECRET"),
        ("Cargo.toml", b"SECRET"),
        ("target/release/x", b"SECRET"),
        ("node_modules/axe-core/axe.min.js", b"SECRET"),
        (".git/config", b"SECRET"),
    ];
    for (path, body) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, body).unwrap();
    }
    dir
}

fn start(site: Site) -> (SocketAddr, String) {
    let addr = spawn(site, 0).unwrap();
    (addr, format!("127.0.0.1:{}", addr.port()))
}

#[test]
fn serves_the_demo_pages() {
    let (addr, host) = start(Site::Repo(fixture()));
    for (target, body) in
        [("/", "<!doctype html>demo"), ("/index.html", "<!doctype html>demo"), ("/www/csp.html", "csp page")]
    {
        let r = get(addr, target, Some(&host), "");
        assert_eq!(r.status, 200, "{target}");
        assert_eq!(r.body, body.as_bytes(), "{target}");
        assert!(r.header("content-type").unwrap().starts_with("text/html"), "{target}");
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(r.header("access-control-allow-origin"), None, "no CORS on the repository site");
    }
    assert_eq!(get(addr, "/src/style.css", Some(&host), "").status, 200, "linked by www/bench-static.html");
}

#[test]
fn wasm_is_application_wasm() {
    let (addr, host) = start(Site::Repo(fixture()));
    let r = get(addr, "/dist/kratom-check_bg.wasm", Some(&host), "");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/wasm"));
}

#[test]
fn nothing_outside_the_allowlist_is_served() {
    let (addr, host) = start(Site::Repo(fixture()));
    for target in [
        "/Cargo.toml",
        "/src/lib.rs",
        "/target/release/x",
        "/node_modules/axe-core/axe.min.js",
        "/.git/config",
        "/www/.hidden",
        "/www/%2ehidden",
        "/../Cargo.toml",
        "/www/../Cargo.toml",
        "/www/%2e%2e/Cargo.toml",
        "/www/..%2fCargo.toml",
        "/www/%2e%2e%2fCargo.toml",
        "/www/%252e%252e/Cargo.toml",
        "/dist/..%5cCargo.toml",
        "/dist/%00",
        "/www",
        "/dist/",
        "//Cargo.toml",
    ] {
        let r = get(addr, target, Some(&host), "");
        assert!(r.status == 404 || r.status == 400, "{target}: {}", r.status);
        assert!(!String::from_utf8_lossy(&r.body).contains("SECRET"), "{target}");
    }
}

#[test]
fn only_its_own_loopback_host_is_answered() {
    let (addr, host) = start(Site::Repo(fixture()));
    let port = addr.port();
    for ok in [host.clone(), format!("localhost:{port}"), format!("LocalHost:{port}"), format!("[::1]:{port}")] {
        assert_eq!(get(addr, "/", Some(&ok), "").status, 200, "{ok}");
    }
    for bad in [
        "evil.example".to_string(),
        format!("evil.example:{port}"),
        "127.0.0.1".to_string(),
        format!("127.0.0.1:{}", port.wrapping_add(1)),
        format!("127.0.0.1.evil.example:{port}"),
    ] {
        let r = get(addr, "/", Some(&bad), "");
        assert_eq!(r.status, 421, "{bad}");
        assert!(!String::from_utf8_lossy(&r.body).contains("demo"), "{bad}");
    }
    assert_eq!(get(addr, "/", None, "").status, 400, "no Host");
}

#[test]
fn page_headers_follow_the_normalized_path() {
    let (addr, host) = start(Site::Repo(fixture()));
    for target in [
        "/www/csp.html",
        "/www/./csp.html",
        "/www//csp.html",
        "//www/csp.html",
        "/www/%63sp.html",
        "/www/csp.html?x=1",
        "/www%2fcsp.html",
    ] {
        let r = get(addr, target, Some(&host), "");
        assert_eq!(r.status, 200, "{target}");
        assert_eq!(r.header("content-security-policy"), Some(STRICT_CSP), "{target}");
    }
    for target in ["/www/trusted-types.html", "/www/./trusted-types.html", "/www/trusted%2dtypes.html"] {
        let r = get(addr, target, Some(&host), "");
        assert_eq!(r.status, 200, "{target}");
        let csp = r.header("content-security-policy").unwrap();
        assert!(
            csp.starts_with(STRICT_CSP) && csp.ends_with("require-trusted-types-for 'script'; trusted-types 'none'")
        );
    }
    assert_eq!(get(addr, "/index.html", Some(&host), "").header("content-security-policy"), None);
    let framed = extra_headers("/dist/widget.html");
    assert_eq!(framed.len(), 1);
    assert_eq!(framed[0].1, format!("{STRICT_CSP}; frame-ancestors 'self'"));
}

#[test]
fn a_missing_file_is_404_not_500() {
    let (addr, host) = start(Site::Repo(fixture()));
    for target in ["/dist/missing.js", "/www/missing.html", "/dist/kratom-check.js/x"] {
        for enc in ["", "Accept-Encoding: gzip, br\r\n"] {
            let r = get(addr, target, Some(&host), enc);
            assert_eq!(r.status, 404, "{target} {enc}");
        }
    }
    let dir = std::env::temp_dir().join(format!("kc-serve-folder-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (addr, host) = start(Site::Folder { dir: dir.clone(), cors: true });
    assert_eq!(get(addr, "/nothing.wasm", Some(&host), "").status, 404);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn precompressed_files_when_the_browser_accepts_them() {
    let (addr, host) = start(Site::Repo(fixture()));
    let js = "/dist/kratom-check.js";
    let br = get(addr, js, Some(&host), "Accept-Encoding: gzip, deflate, br\r\n");
    assert_eq!((br.header("content-encoding"), br.body.as_slice()), (Some("br"), &b"loader, brotli bytes"[..]));
    assert!(br.header("content-type").unwrap().starts_with("text/javascript"));
    let gz = get(addr, js, Some(&host), "Accept-Encoding: gzip\r\n");
    assert_eq!((gz.header("content-encoding"), gz.body.as_slice()), (Some("gzip"), &b"loader, gzip bytes"[..]));
    let plain = get(addr, js, Some(&host), "");
    assert_eq!((plain.header("content-encoding"), plain.body.as_slice()), (None, &b"loader, identity"[..]));
    for r in [&br, &gz, &plain] {
        assert_eq!(r.header("vary").map(str::to_ascii_lowercase).as_deref(), Some("accept-encoding"));
    }
}

#[test]
fn folder_site_with_cors() {
    let dir = fixture().join("dist");
    let (addr, host) = start(Site::Folder { dir, cors: true });
    let r = get(addr, "/kratom-check_bg.wasm", Some(&host), "Origin: http://127.0.0.1:1\r\n");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("access-control-allow-origin"), Some("*"));
    assert_eq!(r.header("content-type"), Some("application/wasm"));
    assert_eq!(get(addr, "/", Some(&host), "").status, 404, "no listing, no index");
    assert_eq!(get(addr, "/../Cargo.toml", Some(&host), "").status, 404);
    assert_eq!(get(addr, "/x/kratom-check.js", Some(&host), "").status, 404, "own files only");
}

#[test]
fn other_methods_are_refused() {
    let (addr, host) = start(Site::Repo(fixture()));
    let mut s = TcpStream::connect(addr).unwrap();
    write!(s, "POST /index.html HTTP/1.1\r\nHost: {host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    assert!(out.starts_with("HTTP/1.1 405"), "{out}");
}

#[test]
fn normalize_rules() {
    assert_eq!(normalize("/www/./csp.html").as_deref(), Some("/www/csp.html"));
    assert_eq!(normalize("/www//csp.html").as_deref(), Some("/www/csp.html"));
    assert_eq!(normalize("/www/%63sp.html").as_deref(), Some("/www/csp.html"));
    assert_eq!(normalize("/").as_deref(), Some("/"));
    for bad in ["/../x", "/a/..", "/%2e%2e/x", "/.git", "/a\\b", "/%00", "/%zz", "/%252e", "relative", "/%ff"] {
        assert_eq!(normalize(bad), None, "{bad}");
    }
}

/// Every same-site link of the real demo pages (index.html, www/*.html) is
/// something the repository site serves: the allowlist matches the pages.
#[test]
fn the_demo_pages_links_are_all_served() {
    let root = crate::root();
    let site = Site::Repo(root.clone());
    let mut pages = vec![PathBuf::from("index.html")];
    for e in std::fs::read_dir(root.join("www")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "html") {
            pages.push(p.strip_prefix(&root).unwrap().to_path_buf());
        }
    }
    let mut checked = 0;
    for page in &pages {
        let html = std::fs::read_to_string(root.join(page)).unwrap();
        for link in links(&html) {
            if link.starts_with('#') || link.contains(':') {
                continue; // fragment, tel:, data:, https:
            }
            let url = resolve(page, &link);
            let path = normalize(&url).unwrap_or_else(|| panic!("{}: {link}", page.display()));
            assert!(site.file_for(&path).is_some(), "{} links {link} ({path}), which is not served", page.display());
            assert!(root.join(&path[1..]).exists() || path.starts_with("/dist/"), "{path} exists");
            checked += 1;
        }
    }
    assert!(checked >= 10, "found only {checked} links");
}

fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            out.push(rest[..rest.find('"').unwrap()].to_string());
        }
    }
    out
}

/// A relative link as the browser resolves it from `page` (a site path).
fn resolve(page: &Path, link: &str) -> String {
    if link.starts_with('/') {
        return link.to_string();
    }
    let mut segs: Vec<String> = page.parent().unwrap().iter().map(|s| s.to_string_lossy().into_owned()).collect();
    for seg in link.split('/') {
        match seg {
            ".." => {
                segs.pop();
            }
            "." => {}
            s => segs.push(s.to_string()),
        }
    }
    format!("/{}", segs.join("/"))
}
