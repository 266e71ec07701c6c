//! The journey state and its one reducer. Everything the person has told
//! us lives here, in memory only: nothing is written to storage, and
//! `StartOver` / quick exit drop it all.

use std::rc::Rc;

use guide::plan::KitItem;
/// The typed plan lives in the engine, which the clinician summary reads.
pub use guide::typed_plan::{PlanDraft, PlanField};
use guide::{Answers, Lang, Section, Voice, Q};
use yew::Reducible;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    Ask(Q),
    /// The red-flag page, shown straight after any urgent answer.
    Urgent,
    Check,
    Result,
    /// "Make your plan": the six-step plan, reached from the result.
    Plan,
}

/// The one element that takes focus at the end of a turn. The reducer
/// sets it with every action that moves the person on or shows something
/// new; the shell applies it (`hooks::use_focus`), and the element it names
/// carries `data-kc-focus` so exactly one element is ever the target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// Nothing takes focus: the first load, so the widget never pulls focus
    /// from the host page.
    Nowhere,
    /// The page's heading: a page change is announced by focus on it (no
    /// live region).
    Heading,
    /// The error summary of this question's page, so the person hears at
    /// once why they could not move on.
    Error(Q),
    /// The urgent banner, on the first page after the urgent page, so a
    /// screen reader reads it before the page it sits above.
    UrgentBanner,
    /// "Start over? This clears …", read as soon as it appears.
    StartOverQuestion,
    /// "Start over" again after "No, keep my answers": where the person was,
    /// not the top of the page.
    StartOverButton,
    /// The hand-off code's heading, once the person asks to see the code.
    CodeHeading,
    /// "Show a code for your clinic" again, once the code is hidden.
    ShowCodeButton,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Journey {
    pub lang: Lang,
    pub answers: Answers,
    pub page: Page,
    /// Set while answering a question reached from a "change" link, so
    /// submitting returns to the check-your-answers page.
    pub returning: bool,
    /// The question whose page is showing the error summary.
    pub error: Option<Q>,
    /// The hand-off code shows on this page. Only that it shows:
    /// the code itself is drawn from the answers while it does, never kept.
    /// Any page change, Start over and quick exit hide it.
    pub code_shown: bool,
    /// What takes focus this turn.
    pub focus: Focus,
    /// Bumped each time focus should move (set with `focus`), so the same
    /// target twice running (one heading, then the next) still moves it.
    /// Zero on first load.
    pub focus_turn: u32,
    /// "Start over" was pressed where answers or a typed plan would be lost:
    /// the page asks before wiping them.
    pub confirm_start_over: bool,
    pub plan: PlanDraft,
    /// Quick exit was pressed and the page is still here a moment later (a
    /// host's "leave site?" guard, or a frame that may not leave): the exit
    /// bar says so and what to do. Any other action clears it.
    pub still_here: bool,
}

pub enum Action {
    /// Save this page's choices (empty = leave unanswered) and move on.
    Submit(Q, Vec<&'static str>),
    /// Keep this page's choices and go to the previous page.
    Back(Option<(Q, Vec<&'static str>)>),
    /// Go to one question from check-your-answers or a result reason.
    Change(Q),
    /// Show a page seen before, answers unchanged: the browser's Back or
    /// Forward (`hooks::use_history`).
    Visit(Page),
    ContinueFromUrgent,
    SeeResult,
    /// From the result to "Make your plan", and back.
    OpenPlan,
    BackToResult,
    SetLang(Lang),
    /// Start over: asks first when something would be lost…
    StartOver,
    /// Wipes every answer and the typed plan: the confirmed start over, and
    /// the quick exit. `KeepAnswers` closes the question instead.
    Forget,
    /// The page is still here after quick exit (see `Journey::still_here`).
    StillHere,
    KeepAnswers,
    EditPlan(PlanField, String),
    ToggleKit(KitItem),
    /// "Show a code for your clinic", and "Hide the code".
    ShowCode,
    HideCode,
}

/// The questions after `who`, in the order they are asked, for these
/// answers: a conditional question (`sedative_frequency`) only while its
/// condition holds (spec §2).
pub fn asked(answers: &Answers) -> impl Iterator<Item = Q> + '_ {
    Q::ALL.into_iter().filter(|q| q.question().section != Section::Start && answers.is_asked(*q))
}

impl Journey {
    pub fn new(lang: Lang) -> Self {
        Journey {
            lang,
            answers: Answers::new(),
            page: Page::Start,
            returning: false,
            error: None,
            focus: Focus::Nowhere,
            focus_turn: 0,
            confirm_start_over: false,
            plan: PlanDraft::default(),
            still_here: false,
            code_shown: false,
        }
    }

    /// The journey a widget starts with when the person already chose on the
    /// loader's prerendered start page: `who` checked there, and Start
    /// pressed (`submit`) before the wasm arrived, carried out now.
    pub fn resumed(lang: Lang, who: Option<&str>, submit: bool) -> Self {
        let mut j = Journey::new(lang);
        // Only a value of the table counts (the loader passes what was checked).
        let who = Q::Who.question().values.iter().copied().find(|v| Some(*v) == who);
        if let Some(v) = who {
            j.store(Q::Who, &[v]);
        }
        if submit {
            j = Rc::unwrap_or_clone(Rc::new(j).reduce(Action::Submit(Q::Who, who.into_iter().collect())));
        }
        j
    }

    pub fn voice(&self) -> Voice {
        self.answers.voice()
    }

    /// A red flag was answered: the engine's rule (`guide::urgent_flags`).
    pub fn is_urgent(&self) -> bool {
        !guide::urgent_flags(&self.answers).is_empty()
    }

    /// The page after `page` in a first pass through the journey.
    fn after(&self, page: Page) -> Page {
        match page {
            Page::Start | Page::Ask(Q::Who) => Page::Ask(Q::UrgentNow),
            Page::Ask(Q::UrgentNow) if self.is_urgent() => Page::Urgent,
            // After the urgent page, the journey goes on where it would have.
            Page::Urgent => self.next_question(Q::UrgentNow),
            Page::Ask(q) => self.next_question(q),
            Page::Check | Page::Result | Page::Plan => Page::Result,
        }
    }

    /// The page of the question asked after `q`, or check-your-answers.
    fn next_question(&self, q: Q) -> Page {
        asked(&self.answers).skip_while(|x| *x != q).nth(1).map_or(Page::Check, Page::Ask)
    }

    /// The follow-up question that `q`'s answer has just made asked and
    /// that has no answer yet (`other_substances` → `sedative_frequency`).
    fn new_follow_up(&self, q: Q) -> Option<Q> {
        asked(&self.answers)
            .find(|f| f.question().asked_when.as_ref().is_some_and(|w| w.q == q) && self.answers.get(*f).is_none())
    }

    /// The page "Back" leads to from `page`.
    pub fn before(&self, page: Page) -> Option<Page> {
        if self.returning && matches!(page, Page::Ask(_)) {
            return Some(Page::Check);
        }
        match page {
            Page::Start => None,
            Page::Ask(Q::Who) | Page::Ask(Q::UrgentNow) => Some(Page::Start),
            Page::Urgent => Some(Page::Ask(Q::UrgentNow)),
            Page::Ask(q) => {
                let prev = asked(&self.answers).take_while(|x| *x != q).last();
                match prev {
                    // The first question after the urgent one goes back to the urgent page.
                    Some(Q::UrgentNow) if self.is_urgent() => Some(Page::Urgent),
                    prev => Some(prev.map_or(Page::Start, Page::Ask)),
                }
            }
            Page::Check => asked(&self.answers).last().map(Page::Ask),
            Page::Result => Some(Page::Check),
            Page::Plan => Some(Page::Result),
        }
    }

    /// Answers given or a plan typed: what "Start over" would wipe.
    pub fn has_something_to_lose(&self) -> bool {
        self.answers != Answers::new() || !self.plan.is_empty()
    }

    fn store(&mut self, q: Q, values: &[&'static str]) {
        if values.is_empty() {
            self.answers.clear(q);
        } else {
            // The controls offer only table values, so this cannot fail in
            // practice; if it ever did, keeping the old answer beats a partial one.
            let _ = self.answers.set(q, values);
        }
    }

    /// Shows `page`, its heading taking focus.
    fn go(&mut self, page: Page) {
        self.page = page;
        self.error = None;
        self.confirm_start_over = false;
        self.code_shown = false;
        self.focus_on(Focus::Heading);
    }

    /// Moves focus to `target` at the end of this turn.
    fn focus_on(&mut self, target: Focus) {
        self.focus = target;
        self.focus_turn += 1;
    }
}

impl Reducible for Journey {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.still_here = false;
        match action {
            Action::Submit(q, values) => {
                if values.is_empty() && q.question().required {
                    next.error = Some(q);
                    next.focus_on(Focus::Error(q));
                    return Rc::new(next);
                }
                next.store(q, &values);
                // A change link returns to check-your-answers, except that a
                // red flag always shows the urgent page first.
                // A change that newly asks a follow-up shows it first.
                let target = match next.after(Page::Ask(q)) {
                    Page::Urgent => Page::Urgent,
                    _ if next.returning => next.new_follow_up(q).map_or(Page::Check, Page::Ask),
                    page => page,
                };
                if !matches!(target, Page::Urgent | Page::Ask(_)) {
                    next.returning = false;
                }
                next.go(target);
            }
            Action::Back(draft) => {
                if let Some((q, values)) = draft {
                    if !values.is_empty() {
                        next.store(q, &values);
                    }
                }
                if let Some(page) = next.before(next.page) {
                    next.returning = false;
                    next.go(page);
                }
            }
            Action::Change(q) => {
                next.returning = true;
                next.go(Page::Ask(q));
            }
            Action::Visit(page) => {
                // The urgent page only while an answer is urgent (it may have been changed since).
                let page = if page == Page::Urgent && !next.is_urgent() { Page::Ask(Q::UrgentNow) } else { page };
                next.returning = false;
                next.go(page);
            }
            Action::ContinueFromUrgent => {
                let page = if next.returning { Page::Check } else { next.after(Page::Urgent) };
                next.returning = false;
                next.go(page);
                // This turn the banner takes focus instead of the heading.
                next.focus = Focus::UrgentBanner;
            }
            Action::SeeResult | Action::BackToResult => next.go(Page::Result),
            Action::OpenPlan => next.go(Page::Plan),
            Action::SetLang(lang) => next.lang = lang,
            Action::StartOver if next.has_something_to_lose() => {
                next.confirm_start_over = true;
                next.focus_on(Focus::StartOverQuestion);
            }
            Action::StartOver | Action::Forget => {
                let mut fresh = Journey::new(next.lang);
                fresh.focus_turn = next.focus_turn;
                fresh.focus_on(Focus::Heading);
                return Rc::new(fresh);
            }
            Action::StillHere => next.still_here = true,
            Action::KeepAnswers => {
                next.confirm_start_over = false;
                next.focus_on(Focus::StartOverButton);
            }
            Action::EditPlan(field, text) => next.plan.set(field, text),
            Action::ToggleKit(item) => next.plan.toggle_kit(item),
            // Offered on the result and plan pages only.
            Action::ShowCode if matches!(next.page, Page::Result | Page::Plan) => {
                next.code_shown = true;
                next.focus_on(Focus::CodeHeading);
            }
            Action::HideCode if next.code_shown => {
                next.code_shown = false;
                next.focus_on(Focus::ShowCodeButton);
            }
            Action::ShowCode | Action::HideCode => {}
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(actions: Vec<Action>) -> Rc<Journey> {
        actions.into_iter().fold(Rc::new(Journey::new(Lang::En)), |j, a| j.reduce(a))
    }

    /// The code shows only on the result and plan pages, and any way off
    /// the page (another page, Start over, quick exit) hides it.
    #[test]
    fn the_code_shows_until_the_page_changes() {
        let at_result = || vec![Action::Submit(Q::Who, vec!["self"]), Action::SeeResult, Action::ShowCode];
        let shown = run(at_result());
        assert!(shown.code_shown);
        assert_eq!(shown.focus, Focus::CodeHeading);
        for (how, then) in [
            ("hide", Action::HideCode),
            ("plan", Action::OpenPlan),
            ("change", Action::Change(Q::Frequency)),
            ("quick exit", Action::Forget),
            ("back", Action::Back(None)),
        ] {
            assert!(!shown.clone().reduce(then).code_shown, "{how} hides it");
        }
        assert_eq!(shown.clone().reduce(Action::HideCode).focus, Focus::ShowCodeButton);
        assert!(shown.clone().reduce(Action::SetLang(Lang::Es)).code_shown, "a language switch keeps it");
        let asking = run(vec![Action::Submit(Q::Who, vec!["self"]), Action::ShowCode]);
        assert!(!asking.code_shown, "not on a question page");
        let hidden = run(vec![Action::Submit(Q::Who, vec!["self"]), Action::SeeResult, Action::HideCode]);
        assert_eq!(hidden.focus, Focus::Heading, "hiding what is not shown moves nothing");
    }

    #[test]
    fn still_here_after_quick_exit_until_the_next_action() {
        let j = run(vec![Action::Submit(Q::Who, vec!["self"]), Action::Forget, Action::StillHere]);
        assert!(j.still_here);
        assert_eq!(j.page, Page::Start, "the answers are gone");
        let j = j.reduce(Action::Submit(Q::Who, vec!["self"]));
        assert!(!j.still_here);
        assert!(!run(vec![Action::StillHere, Action::Forget]).still_here);
    }

    #[test]
    fn who_then_urgent_question() {
        let j = run(vec![Action::Submit(Q::Who, vec!["self"])]);
        assert_eq!(j.page, Page::Ask(Q::UrgentNow));
    }

    #[test]
    fn urgent_question_needs_an_answer() {
        let j = run(vec![Action::Submit(Q::Who, vec!["self"]), Action::Submit(Q::UrgentNow, vec![])]);
        assert_eq!(j.page, Page::Ask(Q::UrgentNow));
        assert_eq!(j.error, Some(Q::UrgentNow));
    }

    #[test]
    fn red_flag_goes_to_urgent_page_then_on() {
        let j = run(vec![Action::Submit(Q::Who, vec!["self"]), Action::Submit(Q::UrgentNow, vec!["breathing"])]);
        assert_eq!(j.page, Page::Urgent);
        let j = j.reduce(Action::ContinueFromUrgent);
        assert_eq!(j.page, Page::Ask(Q::AgeBand), "age comes after who and the urgent question");
        assert_eq!(j.before(j.page), Some(Page::Urgent));
        let j = j.reduce(Action::Submit(Q::AgeBand, vec![]));
        assert_eq!(j.page, Page::Ask(Q::Products), "age may be skipped");
        assert_eq!(j.before(j.page), Some(Page::Ask(Q::AgeBand)));
    }

    /// Spec §2: `sedative_frequency` right after `other_substances`, only
    /// when an asked sedative is named.
    #[test]
    fn the_sedative_follow_up_is_asked_only_for_an_asked_sedative() {
        for (named, asked) in [
            (vec!["alcohol"], true),
            (vec!["stimulants", "benzodiazepines"], true),
            (vec!["sleep_aids_sedatives"], true),
            (vec!["opioids"], false),
            (vec!["stimulants", "other_drugs"], false),
            (vec!["none"], false),
            (vec!["not_sure"], false),
        ] {
            let j = Rc::new(Journey { page: Page::Ask(Q::OtherSubstances), ..Journey::new(Lang::En) });
            let j = j.reduce(Action::Submit(Q::OtherSubstances, named.clone()));
            let want = if asked { Q::SedativeFrequency } else { Q::Signs };
            assert_eq!(j.page, Page::Ask(want), "{named:?}");
            assert_eq!(
                j.before(Page::Ask(Q::Signs)),
                Some(Page::Ask(if asked { Q::SedativeFrequency } else { Q::OtherSubstances }))
            );
            if asked {
                let j = j.reduce(Action::Submit(Q::SedativeFrequency, vec![]));
                assert_eq!(j.page, Page::Ask(Q::Signs), "the follow-up may be skipped");
            }
        }
    }

    /// Spec §2: a change to `other_substances` that removes the condition
    /// drops the `sedative_frequency` answer; one that brings it back asks again.
    #[test]
    fn a_change_that_removes_the_condition_drops_the_follow_up_answer() {
        let j = run(vec![
            Action::Submit(Q::Who, vec!["self"]),
            Action::Submit(Q::UrgentNow, vec!["none"]),
            Action::Change(Q::OtherSubstances),
            Action::Submit(Q::OtherSubstances, vec!["alcohol", "stimulants"]),
        ]);
        assert_eq!(j.page, Page::Ask(Q::SedativeFrequency), "a change that newly asks the follow-up shows it");
        let j = j.reduce(Action::Submit(Q::SedativeFrequency, vec!["daily"]));
        assert_eq!(j.page, Page::Check);
        assert_eq!(j.answers.single(Q::SedativeFrequency), Some("daily"));
        assert!(asked(&j.answers).any(|q| q == Q::SedativeFrequency));

        // Still an asked sedative: the answer stays, and Check is next.
        let j =
            j.reduce(Action::Change(Q::OtherSubstances)).reduce(Action::Submit(Q::OtherSubstances, vec!["alcohol"]));
        assert_eq!((j.page, j.answers.single(Q::SedativeFrequency)), (Page::Check, Some("daily")));

        let j =
            j.reduce(Action::Change(Q::OtherSubstances)).reduce(Action::Submit(Q::OtherSubstances, vec!["stimulants"]));
        assert_eq!(j.page, Page::Check);
        assert_eq!(j.answers.get(Q::SedativeFrequency), None, "dropped");
        assert!(!asked(&j.answers).any(|q| q == Q::SedativeFrequency), "not asked, not listed");
        assert!(!guide::assess(&j.answers).unanswered.contains(&Q::SedativeFrequency));

        // Naming a sedative again asks again, with no old answer coming back.
        let j = j
            .reduce(Action::Change(Q::OtherSubstances))
            .reduce(Action::Submit(Q::OtherSubstances, vec!["benzodiazepines"]));
        assert_eq!(j.page, Page::Ask(Q::SedativeFrequency));
        assert_eq!(j.answers.get(Q::SedativeFrequency), None);
        // Clearing the answer (skipping the page) drops it too.
        let j = j.reduce(Action::Submit(Q::SedativeFrequency, vec!["weekly"]));
        let j = j.reduce(Action::Change(Q::OtherSubstances)).reduce(Action::Submit(Q::OtherSubstances, vec![]));
        assert_eq!(j.answers.get(Q::SedativeFrequency), None);
    }

    #[test]
    fn skipping_leaves_unanswered_and_moves_on() {
        let j = run(vec![
            Action::Submit(Q::Who, vec!["loved_one"]),
            Action::Submit(Q::UrgentNow, vec!["none"]),
            Action::Submit(Q::Products, vec![]),
        ]);
        assert_eq!(j.page, Page::Ask(Q::Frequency));
        assert!(j.answers.get(Q::Products).is_none());
        assert_eq!(j.voice(), Voice::Them);
    }

    #[test]
    fn back_keeps_answers_and_last_question_leads_to_check() {
        let j = run(vec![
            Action::Submit(Q::Who, vec!["self"]),
            Action::Submit(Q::UrgentNow, vec!["none"]),
            Action::Submit(Q::Products, vec!["capsules"]),
            Action::Back(Some((Q::Frequency, vec!["weekly"]))),
        ]);
        assert_eq!(j.page, Page::Ask(Q::Products));
        assert_eq!(j.answers.single(Q::Frequency), Some("weekly"));
        assert!(j.answers.has(Q::Products, "capsules"));
        let j = j.reduce(Action::Change(Q::Considering)).reduce(Action::Submit(Q::Considering, vec!["clinician"]));
        assert_eq!(j.page, Page::Check);
    }

    #[test]
    fn keep_my_answers_sends_focus_back_to_start_over_until_the_page_changes() {
        let j = run(vec![Action::SeeResult, Action::EditPlan(PlanField::OneChange, "walk".into()), Action::StartOver]);
        assert!(j.confirm_start_over);
        assert_eq!(j.focus, Focus::StartOverQuestion);
        let j = j.reduce(Action::KeepAnswers);
        assert!(!j.confirm_start_over);
        assert_eq!(j.focus, Focus::StartOverButton);
        assert_eq!(j.plan.get(PlanField::OneChange), "walk");
        let j = j.reduce(Action::OpenPlan);
        assert_eq!(j.focus, Focus::Heading, "a new page's heading takes focus again");
    }

    #[test]
    fn visit_shows_a_page_seen_before_with_the_answers_kept() {
        let j = run(vec![
            Action::Submit(Q::Who, vec!["self"]),
            Action::Submit(Q::UrgentNow, vec!["none"]),
            Action::Submit(Q::Products, vec!["capsules"]),
            Action::Visit(Page::Ask(Q::Products)),
        ]);
        assert_eq!(j.page, Page::Ask(Q::Products));
        assert!(j.answers.has(Q::Products, "capsules"));
        // The urgent page only while an answer is urgent.
        let j = j.reduce(Action::Visit(Page::Urgent));
        assert_eq!(j.page, Page::Ask(Q::UrgentNow));
    }

    #[test]
    fn start_over_with_nothing_to_lose_does_not_ask() {
        let j = run(vec![Action::StartOver]);
        assert!(!j.confirm_start_over);
        assert_eq!(j.page, Page::Start);
    }

    #[test]
    fn the_banner_is_announced_on_the_first_page_after_the_urgent_page_only() {
        let j = run(vec![
            Action::Submit(Q::Who, vec!["self"]),
            Action::Submit(Q::UrgentNow, vec!["suicide"]),
            Action::ContinueFromUrgent,
        ]);
        assert_eq!(j.focus, Focus::UrgentBanner);
        let j = j.reduce(Action::Submit(Q::Products, vec![]));
        assert_eq!(j.focus, Focus::Heading);
    }

    #[test]
    fn the_plan_page_comes_from_the_result_and_goes_back_to_it() {
        let j = run(vec![Action::SeeResult, Action::OpenPlan, Action::EditPlan(PlanField::OneChange, "walk".into())]);
        assert_eq!(j.page, Page::Plan);
        assert_eq!(j.before(j.page), Some(Page::Result));
        let j = j.reduce(Action::BackToResult);
        assert_eq!(j.page, Page::Result);
        assert_eq!(j.plan.get(PlanField::OneChange), "walk", "nothing typed is lost");
    }

    #[test]
    fn change_link_returns_to_check() {
        let j = run(vec![Action::Change(Q::Duration), Action::Submit(Q::Duration, vec!["over_1_year"])]);
        assert_eq!(j.page, Page::Check);
        assert!(!j.returning);
    }

    #[test]
    fn start_over_forgets_everything_but_language() {
        let j = run(vec![
            Action::SetLang(Lang::Es),
            Action::Submit(Q::Who, vec!["self"]),
            Action::EditPlan(PlanField::Appointment, "Tuesday".into()),
            Action::StartOver,
        ]);
        assert!(j.confirm_start_over, "asks before wiping answers and a typed plan");
        assert_eq!(j.answers.single(Q::Who), Some("self"));
        let kept = j.clone().reduce(Action::KeepAnswers);
        assert!(!kept.confirm_start_over && kept.plan.get(PlanField::Appointment) == "Tuesday");
        let j = j.reduce(Action::Forget);
        assert_eq!(j.page, Page::Start);
        assert_eq!(j.answers, Answers::new());
        assert_eq!(j.plan, PlanDraft::default());
        assert_eq!(j.lang, Lang::Es);
    }
}
