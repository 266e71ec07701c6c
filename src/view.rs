//! The view value: what the pages drawn from the whole journey (urgent,
//! check, result, plan) and the shell's furniture read to render, built
//! once per render by the shell and handed down (crux's "view model" at
//! Yew's scale), so none looks up the language's tables and the voice again.
//! The start and question pages do not take it: their props are data and
//! callbacks (`pages::question::QuestionProps`, `components::asked::Asked`),
//! equal by value, so Yew skips their re-render when nothing they show
//! changed. What is derived from the answers (the assessment and the plan)
//! is derived once per answer change ([`Derived`], memoised by the shell),
//! not per render.

use std::rc::Rc;

use guide::plan::Plan;
use guide::text::Texts;
use guide::{Answers, Assessment, Voice};
use yew::prelude::*;

use crate::config::Config;
use crate::lang_packs::LangLoader;
use crate::state::{Action, Focus, Journey};
use crate::words::{words, Words};

/// The journey's state with its dispatcher.
pub type JourneyHandle = UseReducerHandle<Journey>;

/// What the engine makes of the answers: the assessment and the plan built
/// on it. The shell keeps one per answer change (`use_memo` on the answers),
/// so typing into the plan or switching language reuses it.
#[derive(Debug, PartialEq)]
pub struct Derived {
    pub assessment: Assessment,
    pub plan: Plan,
}

impl Derived {
    pub fn of(answers: &Answers) -> Self {
        #[cfg(test)]
        tests::ASSESSED.with(|n| n.set(n.get() + 1));
        let assessment = guide::assess(answers);
        let plan = Plan::build(answers, &assessment);
        Derived { assessment, plan }
    }
}

#[derive(Clone)]
pub struct View {
    pub journey: JourneyHandle,
    pub config: Rc<Config>,
    /// Brings another language's words in (the language switch).
    pub languages: LangLoader,
    /// The engine's domain wording in the journey's language.
    pub texts: &'static Texts,
    /// The widget's own words in the journey's language.
    pub words: &'static Words,
    /// "You" or "the person you're worried about", from the `who` answer.
    pub voice: Voice,
    /// The assessment and plan of the journey's answers.
    pub derived: Rc<Derived>,
}

impl View {
    /// `derived`: [`Derived::of`] the journey's answers.
    pub fn new(journey: JourneyHandle, config: Rc<Config>, languages: LangLoader, derived: Rc<Derived>) -> Self {
        let lang = journey.lang;
        let voice = journey.voice();
        View { journey, config, languages, texts: lang.texts(), words: words(lang), voice, derived }
    }

    /// Whether the journey's focus is on `target` this turn.
    pub fn focused(&self, target: Focus) -> bool {
        self.journey.focus == target
    }

    /// A callback that sends `action` on every event, whatever the event.
    pub fn send<E>(&self, action: impl Fn() -> Action + 'static) -> Callback<E> {
        let journey = self.journey.clone();
        Callback::from(move |_| journey.dispatch(action()))
    }
}

/// The rest is derived from the journey, so the journey and the
/// configuration decide whether two views are equal.
impl PartialEq for View {
    fn eq(&self, other: &Self) -> bool {
        self.journey == other.journey && self.config == other.config && self.languages == other.languages
    }
}

/// Fills `{n}`-style placeholders.
pub fn fill(template: &str, key: &str, value: &str) -> String {
    template.replace(key, value)
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::rc::Rc;

    use guide::{Lang, Q};
    use yew::Reducible;

    use crate::app::{ShellAt, ShellAtProps};
    use crate::state::{Action, Journey, PlanField};

    thread_local! {
        /// How many times [`super::Derived::of`] ran on this thread.
        pub(super) static ASSESSED: Cell<usize> = const { Cell::new(0) };
    }

    /// How many assessments rendering `journey`'s page takes, and the page.
    async fn assessments_to_render(journey: &Journey) -> (usize, String) {
        let before = ASSESSED.with(Cell::get);
        let html = yew::LocalServerRenderer::<ShellAt>::with_props(ShellAtProps {
            journey: journey.clone(),
            config: Default::default(),
        })
        .hydratable(false)
        .render()
        .await;
        (ASSESSED.with(Cell::get) - before, html)
    }

    fn journey(actions: Vec<Action>) -> Journey {
        let start = Rc::new(Journey::new(Lang::En));
        Rc::unwrap_or_clone(actions.into_iter().fold(start, |j, a| j.reduce(a)))
    }

    /// The result, plan and urgent pages read the one assessment the shell
    /// derived: rendering any of them assesses the answers exactly once.
    #[tokio::test]
    async fn each_page_assesses_the_answers_once() {
        let answered = || {
            vec![
                Action::Submit(Q::Who, vec!["self"]),
                Action::Submit(Q::UrgentNow, vec!["seizure"]),
                Action::Submit(Q::WithdrawalSymptoms, vec!["sleep", "stomach"]),
            ]
        };
        let then = |more: Vec<Action>| journey(answered().into_iter().chain(more).collect());
        let mut pages = vec![
            ("urgent", journey(answered())),
            ("result", then(vec![Action::SeeResult])),
            ("plan", then(vec![Action::SeeResult, Action::OpenPlan, Action::EditPlan(PlanField::Diary, "a".into())])),
        ];
        pages.push(("start", journey(vec![])));
        for (name, j) in pages {
            let (n, html) = assessments_to_render(&j).await;
            assert_eq!(n, 1, "{name}: assessed {n} times");
            assert!(html.contains("kc-page"), "{name} rendered");
        }
    }

    /// The memo is keyed on the answers alone: equal answers give an equal
    /// derivation, and another answer another one (what `use_memo` relies on).
    #[test]
    fn the_derivation_follows_the_answers_only() {
        let a = journey(vec![Action::Submit(Q::Who, vec!["self"]), Action::Submit(Q::UrgentNow, vec!["none"])]);
        let typed = Rc::new(a.clone()).reduce(Action::EditPlan(PlanField::OneChange, "walk".into()));
        assert_eq!(a.answers, typed.answers, "typing into the plan leaves the memo's key alone");
        assert_eq!(super::Derived::of(&a.answers), super::Derived::of(&typed.answers));
        let b = Rc::new(a.clone()).reduce(Action::Submit(Q::UrgentNow, vec!["breathing"]));
        assert_ne!(super::Derived::of(&a.answers), super::Derived::of(&b.answers));
    }

    /// Pages and components read the shell's derivation: none assesses the
    /// answers or builds the plan itself (which would run per render).
    #[test]
    fn pages_and_components_never_assess_on_their_own() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![root.join("app.rs")];
        for dir in ["pages", "components"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                files.push(entry.unwrap().path());
            }
        }
        assert!(files.len() > 10, "{files:?}");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for call in ["assess(", "Plan::build("] {
                assert!(!text.contains(call), "{} calls {call}: read view.derived instead", file.display());
            }
        }
    }
}
