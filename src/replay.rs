//! Replay shielding: the markers that tell the common session-replay and
//! analytics tools to leave the widget out of what they record, each tool's
//! own documented class or attribute. The loader puts them on the host
//! element (light DOM) and on the painted page's root; the widget puts them
//! on its root inside the shadow root (tools that look only at an element and
//! its ancestors stop at the shadow boundary). `examples/options.rs` writes
//! them into the loader, so they are stated here only.

/// Classes: rrweb's default `blockClass` (`rr-block`, also what PostHog's and
/// other rrweb-based recorders block), PostHog (`ph-no-capture`: autocapture
/// and replay), FullStory (`fs-exclude`), Sentry Replay (`sentry-block`).
pub const CLASSES: [&str; 4] = ["rr-block", "ph-no-capture", "fs-exclude", "sentry-block"];

/// Attributes and their values: Hotjar (`data-hj-suppress`), Microsoft
/// Clarity (`data-clarity-mask="true"`), LogRocket (`data-private`), Sentry
/// Replay (`data-sentry-block`), Datadog (`data-dd-privacy="hidden"`).
pub const ATTRIBUTES: [(&str, &str); 5] = [
    ("data-hj-suppress", ""),
    ("data-clarity-mask", "true"),
    ("data-private", ""),
    ("data-sentry-block", ""),
    ("data-dd-privacy", "hidden"),
];

/// The classes as one `class` attribute suffix: ` rr-block ph-no-capture …`.
pub fn class_suffix() -> String {
    CLASSES.iter().fold(String::new(), |mut s, c| {
        s.push(' ');
        s.push_str(c);
        s
    })
}
