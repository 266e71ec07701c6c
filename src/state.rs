//! The journey state and its one reducer. Everything the person has told
//! us lives here, in memory only: nothing is written to storage, and
//! `StartOver` / quick exit drop it all.

use std::rc::Rc;

use guide::plan::{KitItem, TriggerKind};
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
}

/// Editable plan fields (spec §8 steps 1, 4 and 6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PlanField {
    Diary,
    If(TriggerKind),
    Then(TriggerKind),
    WarningSign(u8),
    Person(u8),
    Appointment,
    OneChange,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanDraft {
    pub fields: PlanFields,
    pub kit_ready: KitReady,
}

/// The plan's text fields: a small map kept sorted by field, as a `BTreeMap`
/// was, without the B-tree code in the wasm (there are at most 15 fields).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanFields(Vec<(PlanField, String)>);

impl PlanFields {
    pub fn get(&self, field: &PlanField) -> Option<&String> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, text)| text)
    }

    /// Sets `field`'s text, returning the old one.
    pub fn insert(&mut self, field: PlanField, text: String) -> Option<String> {
        match self.0.binary_search_by(|(f, _)| f.cmp(&field)) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, text)),
            Err(i) => {
                self.0.insert(i, (field, text));
                None
            }
        }
    }
}

/// The comfort-kit items ticked ready: a small set kept sorted, as a
/// `BTreeSet` was, without the B-tree code in the wasm.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KitReady(Vec<KitItem>);

impl KitReady {
    pub fn contains(&self, item: &KitItem) -> bool {
        self.0.contains(item)
    }

    /// Adds `item`; false if it was already there.
    pub fn insert(&mut self, item: KitItem) -> bool {
        match self.0.binary_search(&item) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, item);
                true
            }
        }
    }

    /// Removes `item`; false if it was not there.
    pub fn remove(&mut self, item: &KitItem) -> bool {
        match self.0.binary_search(item) {
            Ok(i) => {
                self.0.remove(i);
                true
            }
            Err(_) => false,
        }
    }
}

impl PlanDraft {
    pub fn get(&self, field: PlanField) -> &str {
        self.fields.get(&field).map(String::as_str).unwrap_or("")
    }
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
    /// Counts page moves, so focus moves only after the person acts
    /// (never on first load, which would steal focus from the host page).
    pub moves: u32,
    pub plan: PlanDraft,
}

pub enum Action {
    /// Save this page's choices (empty = leave unanswered) and move on.
    Submit(Q, Vec<&'static str>),
    /// Keep this page's choices and go to the previous page.
    Back(Option<(Q, Vec<&'static str>)>),
    /// Go to one question from check-your-answers or a result reason.
    Change(Q),
    ContinueFromUrgent,
    SeeResult,
    SetLang(Lang),
    StartOver,
    EditPlan(PlanField, String),
    ToggleKit(KitItem),
}

/// The questions after `who`, in the order they are asked.
fn asked() -> impl Iterator<Item = Q> {
    Q::ALL.into_iter().filter(|q| q.question().section != Section::Start)
}

impl Journey {
    pub fn new(lang: Lang) -> Self {
        Journey {
            lang,
            answers: Answers::new(),
            page: Page::Start,
            returning: false,
            error: None,
            moves: 0,
            plan: PlanDraft::default(),
        }
    }

    pub fn voice(&self) -> Voice {
        match self.answers.single(Q::Who) {
            Some("loved_one") => Voice::Them,
            _ => Voice::Me,
        }
    }

    pub fn is_urgent(&self) -> bool {
        self.answers.get(Q::UrgentNow).is_some_and(|a| a.values().iter().any(|v| *v != "none"))
    }

    /// The page after `page` in a first pass through the journey.
    fn after(&self, page: Page) -> Page {
        match page {
            Page::Start | Page::Ask(Q::Who) => Page::Ask(Q::UrgentNow),
            Page::Ask(Q::UrgentNow) if self.is_urgent() => Page::Urgent,
            Page::Urgent => Page::Ask(Q::Products),
            Page::Ask(q) => asked().skip_while(|x| *x != q).nth(1).map_or(Page::Check, Page::Ask),
            Page::Check | Page::Result => Page::Result,
        }
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
            Page::Ask(Q::Products) if self.is_urgent() => Some(Page::Urgent),
            Page::Ask(q) => {
                let prev = asked().take_while(|x| *x != q).last();
                Some(prev.map_or(Page::Start, Page::Ask))
            }
            Page::Check => asked().last().map(Page::Ask),
            Page::Result => Some(Page::Check),
        }
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

    fn go(&mut self, page: Page) {
        self.page = page;
        self.error = None;
        self.moves += 1;
    }
}

impl Reducible for Journey {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Submit(q, values) => {
                if values.is_empty() && (q.question().required || q == Q::Who) {
                    next.error = Some(q);
                    next.moves += 1;
                    return Rc::new(next);
                }
                next.store(q, &values);
                let target = if q == Q::UrgentNow && next.is_urgent() {
                    Page::Urgent
                } else if next.returning {
                    next.returning = false;
                    Page::Check
                } else {
                    next.after(Page::Ask(q))
                };
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
            Action::ContinueFromUrgent => {
                let page = if next.returning { Page::Check } else { next.after(Page::Urgent) };
                next.returning = false;
                next.go(page);
            }
            Action::SeeResult => next.go(Page::Result),
            Action::SetLang(lang) => next.lang = lang,
            Action::StartOver => {
                let mut fresh = Journey::new(next.lang);
                fresh.moves = next.moves + 1;
                return Rc::new(fresh);
            }
            Action::EditPlan(field, text) => {
                next.plan.fields.insert(field, text);
            }
            Action::ToggleKit(item) => {
                if !next.plan.kit_ready.remove(&item) {
                    next.plan.kit_ready.insert(item);
                }
            }
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
        assert_eq!(j.page, Page::Ask(Q::Products));
        assert_eq!(j.before(j.page), Some(Page::Urgent));
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
    fn change_link_returns_to_check() {
        let j = run(vec![Action::Change(Q::Duration), Action::Submit(Q::Duration, vec!["over_1_year"])]);
        assert_eq!(j.page, Page::Check);
        assert!(!j.returning);
    }

    #[test]
    fn plan_fields_and_kit_behave_like_the_btree_collections() {
        use std::collections::{BTreeMap, BTreeSet};
        let edits = [
            (PlanField::Person(1), "b"),
            (PlanField::Diary, "a"),
            (PlanField::If(TriggerKind::Emotion), "c"),
            (PlanField::Person(1), "d"),
            (PlanField::Diary, ""),
        ];
        let (mut ours, mut theirs) = (PlanFields::default(), BTreeMap::new());
        for (field, text) in edits {
            assert_eq!(ours.insert(field, text.into()), theirs.insert(field, text.to_string()));
            assert_eq!(ours.0, theirs.iter().map(|(f, t)| (*f, t.clone())).collect::<Vec<_>>());
        }
        for (field, _) in edits {
            assert_eq!(ours.get(&field), theirs.get(&field));
        }
        let toggles = [KitItem::Movement, KitItem::Hydration, KitItem::Movement, KitItem::PersonToText];
        let (mut ours, mut theirs) = (KitReady::default(), BTreeSet::new());
        for item in toggles {
            assert_eq!(ours.remove(&item), theirs.remove(&item));
            assert_eq!(ours.insert(item), theirs.insert(item));
            assert_eq!(ours.insert(item), theirs.insert(item));
            assert_eq!(ours.0, theirs.iter().copied().collect::<Vec<_>>());
            assert_eq!(ours.contains(&item), theirs.contains(&item));
        }
    }

    #[test]
    fn start_over_forgets_everything_but_language() {
        let j = run(vec![
            Action::SetLang(Lang::Es),
            Action::Submit(Q::Who, vec!["self"]),
            Action::EditPlan(PlanField::Appointment, "Tuesday".into()),
            Action::StartOver,
        ]);
        assert_eq!(j.page, Page::Start);
        assert_eq!(j.answers, Answers::new());
        assert_eq!(j.plan, PlanDraft::default());
        assert_eq!(j.lang, Lang::Es);
    }
}
