//! The start and question pages take data and callbacks, not the journey:
//! two journeys that differ only in what a page does not show
//! give it equal props, so Yew skips its re-render; a change it shows gives
//! unequal props. The props are built the way the shell builds them
//! (`QuestionProps::of`, `StartProps::of`), with one pair of callbacks for
//! every journey, as the shell's `use_callback` on the reducer's dispatcher
//! keeps one pair for the widget's life.

use std::rc::Rc;

use guide::{Lang, Q};
use kratom_check::pages::question::QuestionProps;
use kratom_check::pages::start::StartProps;
use kratom_check::state::{Action, Journey, Page, PlanField};
use yew::{Callback, Reducible};

fn run(actions: Vec<Action>) -> Journey {
    Rc::unwrap_or_clone(actions.into_iter().fold(Rc::new(Journey::new(Lang::En)), |j, a| j.reduce(a)))
}

/// The shell's two callbacks: made once, shared by every render.
struct Shell {
    on_submit: Callback<(Q, Vec<&'static str>)>,
    on_back: Callback<Option<(Q, Vec<&'static str>)>>,
}

impl Shell {
    fn new() -> Self {
        Shell { on_submit: Callback::from(|_| ()), on_back: Callback::from(|_| ()) }
    }

    /// The props of the page `journey` shows, which must be `q`'s.
    fn question(&self, journey: &Journey, q: Q) -> QuestionProps {
        assert_eq!(journey.page, Page::Ask(q), "the journey shows {q:?}'s page");
        QuestionProps::of(journey, q, self.on_submit.clone(), self.on_back.clone())
    }

    fn start(&self, journey: &Journey) -> StartProps {
        assert_eq!(journey.page, Page::Start, "the journey shows the start page");
        StartProps::of(journey, self.on_submit.clone())
    }
}

fn who(v: &'static str) -> Action {
    Action::Submit(Q::Who, vec![v])
}

/// The urgent question's page after `who`, with more actions on top.
fn at_urgent_question(more: Vec<Action>) -> Journey {
    run([vec![who("self")], more].into_iter().flatten().collect())
}

#[test]
fn the_question_page_keeps_its_props_when_the_journey_changes_elsewhere() {
    let shell = Shell::new();
    let q = Q::UrgentNow;
    // The urgent question answered "none", then back to it from the next page.
    let answered = || vec![Action::Submit(q, vec!["none"]), Action::Back(None)];
    let base = at_urgent_question(answered());
    let props = shell.question(&base, q);
    assert_eq!(props.saved, vec!["none"]);
    let same = [
        (
            "a plan typed",
            at_urgent_question(
                [answered(), vec![Action::EditPlan(PlanField::OneChange, "walk".into())]]
                    .into_iter()
                    .flatten()
                    .collect(),
            ),
        ),
        (
            "another question answered",
            at_urgent_question(vec![
                Action::Submit(q, vec!["none"]),
                Action::Submit(Q::AgeBand, vec!["25_44"]),
                Action::Back(None),
                Action::Back(None),
            ]),
        ),
        (
            "reached from check-your-answers (Back leads elsewhere; it still shows)",
            at_urgent_question(vec![Action::Submit(q, vec!["none"]), Action::Visit(Page::Check), Action::Change(q)]),
        ),
    ];
    for (what, journey) in same {
        assert_ne!(journey, base, "{what}: the journeys differ");
        assert!(shell.question(&journey, q) == props, "{what}: the page's props are equal");
    }

    let other = [
        ("its answer", at_urgent_question(vec![])),
        ("its answer changed", at_urgent_question(vec![Action::Submit(q, vec!["seizure"]), Action::Back(None)])),
        (
            "the language",
            at_urgent_question([answered(), vec![Action::SetLang(Lang::Es)]].into_iter().flatten().collect()),
        ),
        ("the voice", run([vec![who("loved_one")], answered()].into_iter().flatten().collect())),
    ];
    for (what, journey) in other {
        assert!(shell.question(&journey, q) != props, "{what}: the page's props differ");
    }
}

#[test]
fn the_question_page_follows_its_error_and_its_focus() {
    let shell = Shell::new();
    let q = Q::UrgentNow;
    let empty = || Action::Submit(q, vec![]);
    let plain = shell.question(&at_urgent_question(vec![]), q);
    let error = shell.question(&at_urgent_question(vec![empty()]), q);
    assert!(error.asked.error && !plain.asked.error);
    assert!(error != plain, "the error shows");
    // The same error again: a new focus turn on the same summary, nothing new to draw.
    let again = at_urgent_question(vec![empty(), empty()]);
    assert!(shell.question(&again, q) == error, "the same error twice");

    // After the urgent page the banner takes focus, not the next page's heading.
    let urgent = || vec![who("self"), Action::Submit(q, vec!["seizure"]), Action::ContinueFromUrgent];
    let next = Q::AgeBand;
    let banner = run(urgent());
    let heading = run([urgent(), vec![Action::Visit(Page::Ask(next))]].into_iter().flatten().collect());
    assert!(shell.question(&banner, next) != shell.question(&heading, next), "the heading's focus shows");
}

#[test]
fn the_start_page_keeps_its_props_when_the_journey_changes_elsewhere() {
    let shell = Shell::new();
    // `who` chosen, then back to the start page.
    let base = run(vec![who("self"), Action::Back(None)]);
    let props = shell.start(&base);
    let same = [
        ("a plan typed", run(vec![who("self"), Action::Back(None), Action::EditPlan(PlanField::Diary, "a".into())])),
        (
            "other questions answered",
            run(vec![
                who("self"),
                Action::Submit(Q::UrgentNow, vec!["none"]),
                Action::Submit(Q::AgeBand, vec!["25_44"]),
                Action::Back(None),
                Action::Back(None),
                Action::Back(None),
            ]),
        ),
    ];
    for (what, journey) in same {
        assert_ne!(journey, base, "{what}: the journeys differ");
        assert!(shell.start(&journey) == props, "{what}: the page's props are equal");
    }
    // Quick exit's "still here" is the bar's, not the page's.
    let gone = run(vec![who("self"), Action::Forget]);
    let still_here = run(vec![who("self"), Action::Forget, Action::StillHere]);
    assert_ne!(gone, still_here);
    assert!(shell.start(&gone) == shell.start(&still_here), "still here");

    let other = [
        ("the other who", run(vec![who("loved_one"), Action::Back(None)])),
        ("who unanswered", gone.clone()),
        ("the error", run(vec![Action::Submit(Q::Who, vec![])])),
        ("the language", run(vec![who("self"), Action::Back(None), Action::SetLang(Lang::Es)])),
    ];
    for (what, journey) in other {
        assert!(shell.start(&journey) != props, "{what}: the page's props differ");
    }
    // The first load moves no focus; a fresh start after quick exit does.
    assert!(shell.start(&run(vec![])) != shell.start(&gone), "the heading's focus shows");
}

/// Why the shell keeps one pair of callbacks: a fresh callback is never
/// equal to another (Yew compares them by pointer), so props built with new
/// ones each render would re-render the page every time.
#[test]
fn fresh_callbacks_would_make_every_render_a_new_page() {
    let journey = at_urgent_question(vec![]);
    let (a, b) = (Shell::new(), Shell::new());
    assert!(a.question(&journey, Q::UrgentNow) == a.question(&journey, Q::UrgentNow));
    assert!(a.question(&journey, Q::UrgentNow) != b.question(&journey, Q::UrgentNow));
    assert!(a.start(&run(vec![])) != b.start(&run(vec![])));
}
