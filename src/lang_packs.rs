//! Bringing another language's words in when the person switches: the
//! loader's `loadLang(code)` fetches that language's pack (one same-origin
//! request, integrity-checked like the wasm) and installs it; this waits for
//! it. A native build has every language compiled in and never waits. Also
//! the language list's widget-side forms: the root's `dir`, the builder's rows.

use guide::Lang;
use wasm_bindgen::JsValue;

/// The loader's function, or none (native renders, tests).
#[derive(Clone, Default)]
pub struct LangLoader(Option<js_sys::Function>);

impl LangLoader {
    pub fn new(load: js_sys::Function) -> Self {
        LangLoader(Some(load))
    }

    /// True once `lang`'s words are installed: at once when they already
    /// are, false when the loader cannot bring them (offline, a failed
    /// integrity check). Never panics: a switch that fails leaves the
    /// widget as it was.
    pub async fn ensure(&self, lang: Lang) -> bool {
        if lang.is_available() {
            return true;
        }
        let Some(load) = &self.0 else { return false };
        let Ok(answer) = load.call1(&JsValue::NULL, &JsValue::from_str(lang.code())) else { return false };
        let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&answer)).await;
        lang.is_available()
    }
}

/// One loader per mounted widget, set once: which one it is never changes a render.
impl PartialEq for LangLoader {
    fn eq(&self, other: &Self) -> bool {
        self.0.is_some() == other.0.is_some()
    }
}

/// The widget root's `dir`: set only for a right-to-left language, so a
/// left-to-right page inherits nothing new (and its markup is unchanged).
pub fn dir_attr(lang: Lang) -> Option<&'static str> {
    (lang.dir() == guide::Dir::Rtl).then_some("rtl")
}

/// The language list as the builder's JS rows, `["es", "Español"]`: its
/// language choices (`examples/options.rs` writes them into www/builder.js).
pub fn builder_rows() -> String {
    // The list's own literals: letters and spaces, but escaped all the same.
    let js = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let rows: Vec<String> = Lang::ALL.iter().map(|l| format!("[{}, {}]", js(l.code()), js(l.name()))).collect();
    rows.join(", ")
}
