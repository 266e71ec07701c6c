//! Focus is reducer state: for every action, from representative
//! states, the reducer names one focus target and the rendered page marks
//! exactly one element with `data-kc-focus` (the one `hooks::use_focus`
//! focuses), or none on the first load.

use std::rc::Rc;

use guide::plan::{KitItem, TriggerKind};
use guide::{Lang, Voice, Q};
use kratom_check::app::{ShellAt, ShellAtProps};
use kratom_check::state::{Action, Focus, Journey, Page, PlanField};
use yew::Reducible;

async fn render(journey: &Journey) -> String {
    yew::LocalServerRenderer::<ShellAt>::with_props(ShellAtProps {
        journey: journey.clone(),
        config: Default::default(),
    })
    .hydratable(false)
    .render()
    .await
}

fn run(actions: Vec<Action>) -> Rc<Journey> {
    actions.into_iter().fold(Rc::new(Journey::new(Lang::En)), |j, a| j.reduce(a))
}

fn to_questions() -> Vec<Action> {
    vec![Action::Submit(Q::Who, vec!["self"]), Action::Submit(Q::UrgentNow, vec!["none"])]
}

/// States a person reaches, each with its name.
fn states() -> Vec<(&'static str, Rc<Journey>)> {
    let urgent = || vec![Action::Submit(Q::Who, vec!["self"]), Action::Submit(Q::UrgentNow, vec!["breathing"])];
    let with = |mut first: Vec<Action>, more: Vec<Action>| {
        first.extend(more);
        run(first)
    };
    vec![
        ("first load", run(vec![])),
        ("start, who missing", run(vec![Action::Submit(Q::Who, vec![])])),
        ("urgent question", run(vec![Action::Submit(Q::Who, vec!["loved_one"])])),
        ("urgent page", run(urgent())),
        ("after the urgent page", with(urgent(), vec![Action::ContinueFromUrgent])),
        ("a question", with(to_questions(), vec![Action::Submit(Q::AgeBand, vec!["25_44"])])),
        ("a changed question", with(to_questions(), vec![Action::Change(Q::Frequency)])),
        ("check", with(to_questions(), vec![Action::Visit(Page::Check)])),
        ("result", with(to_questions(), vec![Action::SeeResult])),
        ("result, code shown", with(to_questions(), vec![Action::SeeResult, Action::ShowCode])),
        (
            "plan, code hidden again",
            with(to_questions(), vec![Action::SeeResult, Action::OpenPlan, Action::ShowCode, Action::HideCode]),
        ),
        ("urgent result", with(urgent(), vec![Action::SeeResult])),
        ("plan", with(to_questions(), vec![Action::SeeResult, Action::OpenPlan])),
        (
            "plan, asked to start over",
            with(to_questions(), vec![Action::SeeResult, Action::OpenPlan, Action::StartOver]),
        ),
        ("result, kept answers", with(to_questions(), vec![Action::SeeResult, Action::StartOver, Action::KeepAnswers])),
        ("after quick exit", with(to_questions(), vec![Action::Forget, Action::StillHere])),
    ]
}

/// The actions the page of `j` offers (its buttons, links and fields), plus
/// those offered everywhere (language, quick exit, the browser's history).
fn offered(j: &Journey) -> Vec<Action> {
    let mut out = match j.page {
        Page::Start => vec![Action::Submit(Q::Who, vec![]), Action::Submit(Q::Who, vec!["self"])],
        Page::Ask(q) => {
            let first = q.question().values[0];
            vec![Action::Submit(q, vec![]), Action::Submit(q, vec![first]), Action::Back(Some((q, vec![first])))]
        }
        Page::Urgent => vec![Action::ContinueFromUrgent, Action::Back(None)],
        Page::Check => vec![Action::SeeResult, Action::Change(Q::Frequency), Action::Back(None)],
        Page::Result => vec![Action::OpenPlan, Action::Change(Q::Frequency), Action::StartOver],
        Page::Plan => vec![
            Action::BackToResult,
            Action::Back(None),
            Action::EditPlan(PlanField::If(TriggerKind::Emotion), "a walk".into()),
            Action::ToggleKit(KitItem::Movement),
            Action::StartOver,
        ],
    };
    if j.confirm_start_over {
        out.extend([Action::Forget, Action::KeepAnswers]);
    }
    // The hand-off code, offered (by default) on the result and plan pages
    // about one's own use.
    if matches!(j.page, Page::Result | Page::Plan) && j.voice() == Voice::Me {
        out.push(if j.code_shown { Action::HideCode } else { Action::ShowCode });
    }
    out.extend([
        Action::SetLang(Lang::Es),
        Action::Forget,
        Action::StillHere,
        Action::Visit(Page::Urgent),
        Action::Visit(Page::Ask(Q::Products)),
    ]);
    out
}

/// The action's name; the match makes a new action a compile error here
/// until the table offers it.
fn name(a: &Action) -> &'static str {
    match a {
        Action::Submit(..) => "Submit",
        Action::Back(..) => "Back",
        Action::Change(_) => "Change",
        Action::Visit(_) => "Visit",
        Action::ContinueFromUrgent => "ContinueFromUrgent",
        Action::SeeResult => "SeeResult",
        Action::OpenPlan => "OpenPlan",
        Action::BackToResult => "BackToResult",
        Action::SetLang(_) => "SetLang",
        Action::StartOver => "StartOver",
        Action::Forget => "Forget",
        Action::StillHere => "StillHere",
        Action::KeepAnswers => "KeepAnswers",
        Action::EditPlan(..) => "EditPlan",
        Action::ToggleKit(_) => "ToggleKit",
        Action::ShowCode => "ShowCode",
        Action::HideCode => "HideCode",
    }
}

const ALL_ACTIONS: usize = 17;

#[tokio::test]
async fn every_action_leaves_exactly_one_focus_target() {
    let mut seen = std::collections::BTreeSet::new();
    let mut turns = 0;
    for (state, before) in states() {
        let html = render(&before).await;
        let marks = html.matches("data-kc-focus").count();
        let want = usize::from(before.focus != Focus::Nowhere);
        assert_eq!(marks, want, "{state}: {:?}", before.focus);
        for action in offered(&before) {
            let label = format!("{state} + {} ", name(&action));
            seen.insert(name(&action));
            let after = before.clone().reduce(action);
            let html = render(&after).await;
            let want = usize::from(after.focus != Focus::Nowhere);
            assert_eq!(
                html.matches("data-kc-focus").count(),
                want,
                "{label}: one target for {:?}\n{html}",
                after.focus
            );
            if after.focus_turn != before.focus_turn {
                assert_ne!(after.focus, Focus::Nowhere, "{label}: a turn that moves focus names its target");
            }
            if after.page != before.page {
                assert!(after.focus_turn > before.focus_turn, "{label}: a new page moves focus");
                assert!(
                    matches!(after.focus, Focus::Heading | Focus::UrgentBanner),
                    "{label}: a new page's heading (or the banner above it), not {:?}",
                    after.focus
                );
            }
            turns += usize::from(after.focus_turn != before.focus_turn);
        }
    }
    assert_eq!(seen.len(), ALL_ACTIONS, "every action is in the table: {seen:?}");
    assert!(turns > 40, "most actions move focus: {turns}");
}

#[tokio::test]
async fn the_first_load_takes_no_focus_and_the_target_names_its_element() {
    let first = run(vec![]);
    assert_eq!((first.focus, first.focus_turn), (Focus::Nowhere, 0), "never pulls focus from the host page");
    let cases: Vec<(Vec<Action>, &str)> = vec![
        (vec![Action::Submit(Q::Who, vec![])], "kc-error-summary"),
        (to_questions(), "kc-heading"),
        (vec![Action::Forget], "kc-heading"),
        (
            vec![
                Action::Submit(Q::Who, vec!["self"]),
                Action::Submit(Q::UrgentNow, vec!["seizure"]),
                Action::ContinueFromUrgent,
            ],
            "kc-urgent-banner",
        ),
        (
            vec![Action::SeeResult, Action::EditPlan(PlanField::OneChange, "walk".into()), Action::StartOver],
            "kc-confirm",
        ),
        (
            vec![
                Action::SeeResult,
                Action::EditPlan(PlanField::OneChange, "walk".into()),
                Action::StartOver,
                Action::KeepAnswers,
            ],
            "kc-start-over",
        ),
    ];
    for (actions, class) in cases {
        let j = run(actions);
        let html = render(&j).await;
        let at = html.find("data-kc-focus").expect("a target");
        let tag_start = html[..at].rfind('<').unwrap();
        let tag = &html[tag_start..at + html[at..].find('>').unwrap()];
        assert!(tag.contains(class), "{:?} marks {tag}, not .{class}", j.focus);
        assert!(tag.contains(r#"tabindex="-1""#) || tag.starts_with("<button"), "{tag} can take focus");
    }
}
