//! Reading level of the English domain texts (spec/voice.md: "reading age
//! about 12 (US grade 6–8)").
//!
//! Each section of `guide::text` is scored with the Flesch–Kincaid grade
//! level, separately for each voice (to the person, "you"; to a loved one,
//! "they"):
//!
//! ```text
//! grade = 0.39 · words/sentences + 11.8 · syllables/words − 15.59
//! ```
//!
//! and the test fails when any section scores above [`MAX_GRADE`]. The
//! interface chrome (`Texts::ui`: buttons, headings, hints of the page
//! furniture) is not scored here; it is moving to the widget crate.
//!
//! How text is counted (see [`sentences`], [`words`] and [`syllables`]):
//! - the running text of a section is scored: the sentences a person reads,
//!   not the titles, headings and field labels above them (which are short
//!   and would flatter the score); option labels are scored as their own
//!   section, since they are the answers people read;
//! - each string holds at least one sentence (a label without a full stop
//!   is one sentence), and `.`, `?` and `!` followed by a space or the end
//!   of the string end a sentence;
//! - a word is a whitespace-separated token with at least one letter or
//!   digit; hyphenated words ("step-by-step") are one word; apostrophes are
//!   dropped ("don't" is "dont");
//! - a number (digits, with or without hyphens, as in 1-800-662-4357) counts
//!   as one word of one syllable per group of digits.

use guide::text::{Pair, Texts, Titled};
use guide::{Lang, Voice};

/// The highest US grade any English section may score.
const MAX_GRADE: f64 = 8.0;

/// Syllables in one English word, by a documented heuristic (accurate to
/// about one syllable on everyday words, which is what a grade needs):
///
/// 1. Only letters count (apostrophes and other marks are dropped); the word
///    is lower-cased. A word with no letters (a number) is one syllable per
///    group of digits.
/// 2. An all-capitals abbreviation with no vowel (CBT, DBT, PTSD) is read
///    letter by letter: one syllable per letter.
/// 3. Otherwise, count groups of consecutive vowels, with `y` as a vowel
///    ("rhythm" 1, "yawning" 2, "you" 1).
/// 4. A silent trailing `e` does not count ("make" 1, "same" 1), except in
///    a trailing consonant + `le`, which is its own syllable ("table" 2,
///    "gentle" 2), and in `ee`/`ie`/`ye`-type endings where the `e` is part
///    of a longer vowel group already counted once ("free" 1).
/// 5. A trailing `-es` or `-ed` is silent unless it follows a sound that
///    needs its own syllable: `-es` after s, x, z, ch, sh, ce, ge ("uses" 2,
///    "changes" 2, but "makes" 1); `-ed` after t or d ("needed" 2, but
///    "helped" 1).
/// 6. Every word has at least one syllable.
pub fn syllables(word: &str) -> usize {
    let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        // A number: one syllable per group of digits ("3", "1-800-662-4357").
        let groups = word.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).count();
        return groups.max(1);
    }
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    if letters.chars().count() >= 2
        && letters.chars().all(|c| c.is_uppercase())
        && !letters.chars().any(|c| is_vowel(c.to_ascii_lowercase()))
    {
        return letters.chars().count();
    }
    let w: Vec<char> = letters.to_lowercase().chars().collect();
    let n = w.len();
    let mut count = 0;
    let mut prev_vowel = false;
    for &c in &w {
        let v = is_vowel(c);
        if v && !prev_vowel {
            count += 1;
        }
        prev_vowel = v;
    }
    let cons = |c: char| c.is_alphabetic() && !is_vowel(c);
    if n >= 3 && w[n - 1] == 'e' && cons(w[n - 2]) {
        let consonant_le = w[n - 2] == 'l' && cons(w[n - 3]);
        if !consonant_le {
            count -= 1; // silent final e
        }
    } else if n >= 4 && w[n - 1] == 's' && w[n - 2] == 'e' && cons(w[n - 3]) {
        let before = w[n - 3];
        let sibilant =
            matches!(before, 's' | 'x' | 'z' | 'c' | 'g') || (before == 'h' && matches!(w[n - 4], 'c' | 's'));
        let consonant_les = before == 'l' && cons(w[n - 4]); // "tables"
        if !sibilant && !consonant_les {
            count -= 1;
        }
    } else if n >= 4 && w[n - 1] == 'd' && w[n - 2] == 'e' && cons(w[n - 3]) && !matches!(w[n - 3], 't' | 'd') {
        count -= 1;
    }
    count.max(1)
}

/// The words of a text: whitespace-separated tokens with a letter or digit.
fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect()
}

/// Sentences in one string: at least one; `.`, `?`, `!` (optionally inside a
/// closing quote or bracket) followed by a space or the end end one.
fn sentences(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut n = 0;
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, '.' | '?' | '!') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j], '”' | '"' | '’' | ')') {
                j += 1;
            }
            let ends = j == chars.len() || chars[j].is_whitespace();
            // "…" runs and "?!" count once.
            let next_is_mark = i + 1 < chars.len() && matches!(chars[i + 1], '.' | '?' | '!');
            if ends && !next_is_mark {
                n += 1;
            }
        }
    }
    n.max(1)
}

#[derive(Default, Clone, Copy, Debug)]
struct Count {
    words: usize,
    sentences: usize,
    syllables: usize,
}

impl Count {
    fn add(&mut self, text: &str) {
        let ws = words(text);
        if ws.is_empty() {
            return;
        }
        self.words += ws.len();
        self.syllables += ws.iter().map(|w| syllables(w)).sum::<usize>();
        self.sentences += sentences(text);
    }
    fn grade(&self) -> f64 {
        let w = self.words as f64;
        0.39 * w / self.sentences as f64 + 11.8 * self.syllables as f64 / w - 15.59
    }
}

/// The English domain sections, one voice at a time: (section, strings).
fn sections(t: &'static Texts, v: Voice) -> Vec<(&'static str, Vec<&'static str>)> {
    let pair = |p: &Pair| p.get(v);
    let body = |x: &Titled| x.body.get(v);
    let mut out = Vec::new();

    out.push(("questions", t.questions.iter().flat_map(|q| [pair(&q.legend), pair(&q.hint)]).collect()));
    out.push(("options", t.questions.iter().flat_map(|q| q.options.iter().map(|o| pair(&o.label))).collect()));
    out.push((
        "levels",
        t.levels
            .iter()
            .flat_map(|l| {
                let mut s = vec![pair(&l.summary)];
                s.extend(l.in_practice.iter().map(pair));
                s
            })
            .collect(),
    ));
    out.push(("reasons", t.reasons.iter().map(|(_, p)| pair(p)).collect()));
    out.push(("prereqs", t.prereqs.iter().map(|(_, p)| pair(p)).collect()));
    out.push(("bands", t.bands.iter().map(pair).collect()));
    out.push(("cautions", t.cautions.iter().map(|(_, x)| body(x)).collect()));
    out.push(("notes", t.notes.iter().map(|(_, x)| body(x)).collect()));
    out.push(("phases", t.phases.iter().map(|(_, x)| body(x)).collect()));
    let e = &t.emergency;
    out.push(("emergency", vec![e.emergency, e.crisis, e.crisis_text, e.samhsa, e.poison, e.unsure]));
    // The plan's running text; its heading, step titles, diary columns and
    // the labels of its fields are left out.
    let p = &t.plan;
    let mut plan = vec![pair(&p.intro)];
    plan.extend(p.step_intros.iter().map(pair));
    plan.extend(p.kit.iter().map(|(_, x)| body(x)));
    plan.extend(p.triggers.iter().map(|(_, x)| body(x)));
    plan.extend(p.therapies.iter().map(|(_, x)| body(x)));
    out.push(("plan", plan));
    // The loved-one guide's lists, without its headings.
    let l = &t.loved_one;
    let mut guide = Vec::new();
    for list in [l.script, l.boundaries, l.backfires, l.self_care] {
        guide.extend(list.iter().copied());
    }
    out.push(("loved-one guide", guide));
    out
}

fn score(strings: &[&str]) -> Count {
    let mut c = Count::default();
    for s in strings {
        c.add(s);
    }
    c
}

#[test]
fn syllable_heuristic_on_known_words() {
    for (word, n) in [
        ("kratom", 2),
        ("the", 1),
        ("make", 1),
        ("makes", 1),
        ("table", 2),
        ("gentle", 2),
        ("free", 1),
        ("uses", 2),
        ("changes", 2),
        ("helped", 1),
        ("needed", 2),
        ("you", 1),
        ("yawning", 2),
        ("rhythm", 1),
        ("don't", 1),
        ("withdrawal", 3),
        ("medication", 4),
        ("clinician", 3),
        ("CBT", 3),
        ("MOUD", 1),
        ("988", 1),
        ("1-800-662-4357", 4),
        ("a", 1),
    ] {
        assert_eq!(syllables(word), n, "{word}");
    }
}

#[test]
fn sentence_and_grade_counting() {
    assert_eq!(sentences("No full stop"), 1);
    assert_eq!(sentences("One. Two? Three!"), 3);
    assert_eq!(sentences("Call 911. Then wait."), 2);
    assert_eq!(sentences("“Quoted.” Next."), 2);
    assert_eq!(words("A — dash, and step-by-step 988."), ["A", "dash,", "and", "step-by-step", "988."]);
    // "The cat sat on the mat.": 6 words, 1 sentence, 6 syllables.
    let c = score(&["The cat sat on the mat."]);
    assert_eq!((c.words, c.sentences, c.syllables), (6, 1, 6));
    assert!((c.grade() - (0.39 * 6.0 + 11.8 - 15.59)).abs() < 1e-9);
}

#[test]
fn english_sections_read_at_grade_8_or_below() {
    let t = Lang::En.texts();
    let mut report = Vec::new();
    let mut failed = Vec::new();
    for v in [Voice::Me, Voice::Them] {
        for (name, strings) in sections(t, v) {
            let c = score(&strings);
            let g = c.grade();
            let line = format!(
                "{name:16} {v:?}: grade {g:4.1} ({} words, {} sentences, {:.2} syllables/word)",
                c.words,
                c.sentences,
                c.syllables as f64 / c.words as f64
            );
            if g > MAX_GRADE {
                // Name the hardest sentences, to show where to start.
                let mut worst: Vec<(f64, &str)> = strings.iter().map(|s| (score(&[s]).grade(), *s)).collect();
                worst.sort_by(|a, b| b.0.total_cmp(&a.0));
                let top: Vec<String> = worst.iter().take(3).map(|(g, s)| format!("    {g:4.1} {s}")).collect();
                failed.push(format!("{line}\n{}", top.join("\n")));
            }
            report.push(line);
        }
    }
    println!("{}", report.join("\n"));
    assert!(failed.is_empty(), "above grade {MAX_GRADE}:\n{}", failed.join("\n"));
}

/// Every English string of the engine, found by walking the texts through
/// serde (the language packs' own format), so a new field is scored the
/// moment it exists: no hand-kept list can skip one. Ids (question ids,
/// option values, enum tags) are not words and are left out.
fn every_english_string() -> Vec<(String, String)> {
    use serde_json::Value;
    const ID_KEYS: &[&str] = &["q", "value", "id", "kind", "level", "form", "lang"];
    fn collect(v: &Value, path: String, out: &mut Vec<(String, String)>) {
        let row_id = |item: &Value| match item.as_array().map(Vec::as_slice) {
            Some([Value::String(id), _]) if !id.contains(char::is_whitespace) => Some(id.clone()),
            _ => None,
        };
        match v {
            Value::String(s) => out.push((path, s.clone())),
            Value::Array(items) if !items.is_empty() && items.iter().all(|i| row_id(i).is_some()) => {
                for item in items {
                    collect(&item[1], format!("{path}.{}", row_id(item).unwrap_or_default()), out);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    collect(item, format!("{path}.{i}"), out);
                }
            }
            Value::Object(map) => {
                for (k, item) in map {
                    if !ID_KEYS.contains(&k.as_str()) {
                        collect(item, format!("{path}.{k}"), out);
                    }
                }
            }
            _ => {}
        }
    }
    let value = serde_json::to_value(Lang::En.texts()).expect("texts serialise");
    let mut out = Vec::new();
    collect(&value, String::new(), &mut out);
    // What the widget puts in the placeholders, so they read as words.
    for (_, s) in &mut out {
        *s = s
            .replace("{reach} {crisis}", "call or text the crisis line")
            .replace("{emergency}", "911")
            .replace("{n}", "3");
    }
    out
}

/// Strings this long are scored on their own; shorter ones (labels, titles,
/// one-line options) are too short for a grade alone, so each is scored
/// within its section and voice, together with the other short ones.
const ALONE_FROM_WORDS: usize = 12;

/// Clinician summary words that came into the engine from the widget's own
/// words (issue 23, moved byte for byte so the download did not change),
/// where no grade test read them; they score above grade 8 and are left to
/// a wording review rather than changed in a move. `ask_sedatives` is
/// addressed to the clinician (it names the drug classes to ask about).
const MOVED_ABOVE_GRADE: &[&str] = &[".summary.ask_sedatives", ".summary.confidence_low"];

/// Spec issue 19: every English engine text at grade 8 or below, each long
/// text on its own (so one hard sentence cannot hide in an easy section).
#[test]
fn every_english_text_reads_at_grade_8_or_below() {
    let all = every_english_string();
    assert!(all.len() > 400, "the walk found only {} strings", all.len());
    // Spot checks that the walk reaches the newer fields.
    for key in [".urgent_lines.them.1.text", ".taper_kinds.planned_taper.summary.me", ".reasons.psychiatric_risk.me"] {
        assert!(all.iter().any(|(k, _)| k == key), "the walk missed {key}");
    }
    let mut failed = Vec::new();
    let mut groups: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    let mut alone = 0;
    for (key, text) in &all {
        if words(text).len() >= ALONE_FROM_WORDS {
            alone += 1;
            let g = score(&[text]).grade();
            if g > MAX_GRADE && !MOVED_ABOVE_GRADE.contains(&key.as_str()) {
                failed.push(format!("{g:4.1} {key}: {text}"));
            }
        } else {
            let section = key.trim_start_matches('.').split('.').next().unwrap_or("").to_string();
            let voice = if key.ends_with(".them") { "them" } else { "me" };
            groups.entry(format!("{section} ({voice})")).or_default().push(text.clone());
        }
    }
    for (group, texts) in &groups {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let c = score(&refs);
        println!("short strings of {group:28}: grade {:4.1} ({} strings)", c.grade(), texts.len());
        if c.grade() > MAX_GRADE {
            failed.push(format!("{:4.1} short strings of {group}: {}", c.grade(), texts.join(" | ")));
        }
    }
    println!("{} strings: {alone} scored alone, the rest in {} groups", all.len(), groups.len());
    // An exemption that no longer applies (reworded, renamed) is stale.
    for key in MOVED_ABOVE_GRADE {
        let still = all.iter().any(|(k, t)| k == key && score(&[t]).grade() > MAX_GRADE);
        assert!(still, "{key} reads at grade {MAX_GRADE} or below now, or is gone: drop its exemption");
    }
    failed.sort_by(|a, b| b.cmp(a));
    assert!(failed.is_empty(), "{} above grade {MAX_GRADE}:\n{}", failed.len(), failed.join("\n"));
}
