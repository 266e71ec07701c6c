//! Guards for wording decisions that are easy to undo by accident
//! (issue 13, spec/care-guide.md §8, spec/voice.md).

use guide::text::{Pair, Texts, Titled};
use guide::{Lang, Level, NoteId, Q};

/// Every domain string of a language (not the `ui` chrome), with a key.
fn domain(t: &'static Texts) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    let mut pair = |k: String, p: &Pair| {
        out.push((format!("{k}.me"), p.me));
        out.push((format!("{k}.them"), p.them));
    };
    for q in &t.questions {
        pair(format!("q.{}.legend", q.q.as_str()), &q.legend);
        pair(format!("q.{}.hint", q.q.as_str()), &q.hint);
        for o in q.options {
            pair(format!("q.{}.{}", q.q.as_str(), o.value), &o.label);
        }
    }
    for l in &t.levels {
        pair(format!("level.{}.summary", l.level.as_str()), &l.summary);
        for (i, x) in l.in_practice.iter().enumerate() {
            pair(format!("level.{}.{i}", l.level.as_str()), x);
        }
    }
    for (id, x) in &t.reasons {
        pair(format!("reason.{}", id.as_str()), x);
    }
    for (id, x) in &t.prereqs {
        pair(format!("prereq.{}", id.as_str()), x);
    }
    for (i, x) in t.bands.iter().enumerate() {
        pair(format!("band.{i}"), x);
    }
    let titled: Vec<(String, &Titled)> = t
        .cautions
        .iter()
        .map(|(id, x)| (format!("caution.{}", id.as_str()), x))
        .chain(t.notes.iter().map(|(id, x)| (format!("note.{}", id.as_str()), x)))
        .chain(t.phases.iter().map(|(id, x)| (format!("phase.{id:?}"), x)))
        .chain(t.plan.kit.iter().map(|(id, x)| (format!("kit.{id:?}"), x)))
        .chain(t.plan.triggers.iter().map(|(id, x)| (format!("trigger.{id:?}"), x)))
        .chain(t.plan.therapies.iter().map(|(id, x)| (format!("therapy.{id:?}"), x)))
        .collect();
    for (k, x) in titled {
        out.push((format!("{k}.title"), x.title));
        out.push((format!("{k}.me"), x.body.me));
        out.push((format!("{k}.them"), x.body.them));
    }
    for (i, x) in t.plan.step_intros.iter().enumerate() {
        out.push((format!("plan.step_intro.{i}.me"), x.me));
        out.push((format!("plan.step_intro.{i}.them"), x.them));
    }
    let l = &t.loved_one;
    for (k, list) in
        [("script", l.script), ("boundaries", l.boundaries), ("backfires", l.backfires), ("self_care", l.self_care)]
    {
        for (i, v) in list.iter().enumerate() {
            out.push((format!("loved_one.{k}.{i}"), v));
        }
    }
    out
}

#[test]
fn script_lines_carry_no_quotation_marks_of_their_own() {
    // The widget wraps each line in <q>, which adds the quotation marks the
    // page's language calls for; marks in the text would show twice.
    for lang in Lang::ALL {
        for line in lang.texts().loved_one.script {
            let first = line.chars().next().unwrap();
            let last = line.chars().last().unwrap();
            for c in [first, last] {
                assert!(!matches!(c, '"' | '“' | '”' | '«' | '»' | '„'), "{lang:?}: {line}");
            }
        }
    }
}

#[test]
fn loved_one_urgent_steps_say_call_stay_988_and_means() {
    let en = Lang::En.texts().level(Level::Urgent);
    let them: Vec<&str> = en.in_practice.iter().map(|p| p.them).collect();
    let all = them.join(" ");
    assert!(all.contains("call the emergency number now") && all.contains("Stay with them"), "{all}");
    assert!(all.contains("988") && all.contains("with them"), "{all}");
    assert!(all.contains("hurt themselves"), "remove means: {all}");
    for lang in Lang::ALL {
        for p in lang.texts().level(Level::Urgent).in_practice {
            let t = p.them.to_lowercase();
            assert!(!t.contains("emergency room") && !t.contains("sala de emergencias"), "{lang:?}: {}", p.them);
        }
    }
}

#[test]
fn detox_wording_agrees_with_the_moud_note() {
    for lang in Lang::ALL {
        let t = lang.texts();
        for p in t.level(Level::Detox).in_practice {
            for s in [p.me, p.them] {
                let l = s.to_lowercase();
                assert!(!l.contains("habit-forming") && !l.contains("no crean dependencia"), "{lang:?}: {s}");
            }
        }
        let detox: String = t.level(Level::Detox).in_practice.iter().map(|p| p.me).collect();
        assert!(detox.contains("buprenorphine") || detox.contains("buprenorfina"), "{lang:?}: {detox}");
    }
}

#[test]
fn opioid_switch_does_not_assume_opioids_have_stopped() {
    // The note also shows when opioids are still used: praise the effort,
    // not an accomplished fact.
    for lang in Lang::ALL {
        let n = lang.texts().note(NoteId::OpioidSwitch);
        for s in [n.body.me, n.body.them] {
            let l = s.to_lowercase();
            for past in ["was a real achievement", "fue un logro", "you stepped away", "opioid-free", "sin opioides"] {
                assert!(!l.contains(past), "{lang:?}: {s}");
            }
        }
    }
}

#[test]
fn pregnancy_note_says_not_to_stop_suddenly_and_to_plan_together() {
    let n = Lang::En.texts().note(NoteId::Pregnancy);
    for s in [n.body.me, n.body.them] {
        assert!(s.contains("suddenly on") && s.contains("prenatal") && s.contains("addiction care"), "{s}");
        assert!(s.contains("together"), "{s}");
    }
    let n = Lang::Es.texts().note(NoteId::Pregnancy);
    for s in [n.body.me, n.body.them] {
        assert!(s.contains("de golpe") && s.contains("prenatal") && s.contains("adicciones"), "{s}");
    }
}

#[test]
fn need_time_away_asks_about_round_the_clock_care_not_a_break() {
    for lang in Lang::ALL {
        let q = lang.texts().question(Q::NeedTimeAway);
        for s in [q.legend.me, q.legend.them] {
            assert!(s.contains("around the clock") || s.contains("24 horas"), "{lang:?}: {s}");
            assert!(!s.contains("help") && !s.contains("ayudaría"), "{lang:?}: {s}");
        }
    }
}

#[test]
fn spanish_tells_how_to_reach_a_spanish_speaker_at_988() {
    let e = &Lang::Es.texts().emergency;
    assert!(e.crisis.contains("marque 2") && e.crisis.contains("AYUDA"), "{}", e.crisis);
}

#[test]
fn dbt_is_explained_in_english_as_in_spanish() {
    for lang in Lang::ALL {
        let (_, dbt) = lang.texts().plan.therapies.iter().find(|(id, _)| format!("{id:?}") == "DbtSkills").unwrap();
        assert!(dbt.title.contains("dialectical") || dbt.title.contains("dialéctica"), "{lang:?}: {}", dbt.title);
    }
}

/// Spanish words that read wrong here: "antojos" sounds like food cravings;
/// "condiciones de salud" and "preocupación de salud mental" are calques.
const SPANISH_CALQUES: &[&str] =
    &["antojo", "condición de salud", "condiciones de salud", "preocupación de salud mental", "a mil", "son unos días"];

#[test]
fn spanish_avoids_known_calques() {
    for (k, v) in domain(Lang::Es.texts()) {
        let l = v.to_lowercase();
        for bad in SPANISH_CALQUES {
            assert!(!l.contains(bad), "{k}: {bad:?} in {v}");
        }
    }
}

#[test]
fn spanish_loved_one_voice_has_no_plural_or_familiar_commands() {
    // The loved-one voice speaks to the reader as usted, and about "esa
    // persona"; never to both at once ("Hablen…") or to the person ("Usa…").
    for (k, v) in domain(Lang::Es.texts()) {
        if !k.ends_with(".them") {
            continue;
        }
        for bad in ["Hablen ", "Llamen ", "Usa un", "Mide ", "Busca ", "Habla "] {
            assert!(!v.starts_with(bad) && !v.contains(&format!(". {bad}")), "{k}: {v}");
        }
    }
}
