//! The plan as the person typed and ticked it (spec §8 steps 1, 4 and 6):
//! plain data the widget edits and the clinician summary reads. Memory
//! only; the widget wipes it on "Start over" and quick exit.

use crate::plan::{KitItem, TriggerKind, RELAPSE_SLOTS};

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

/// What the person has written into the plan, and the comfort-kit items
/// they ticked as ready. Slot counts come from `guide::plan`.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanDraft {
    diary: String,
    ifs: [String; TriggerKind::ALL.len()],
    thens: [String; TriggerKind::ALL.len()],
    warning_signs: Vec<String>,
    people: Vec<String>,
    appointment: String,
    one_change: String,
    kit_ready: [bool; KitItem::ALL.len()],
}

impl Default for PlanDraft {
    fn default() -> Self {
        PlanDraft {
            diary: String::new(),
            ifs: Default::default(),
            thens: Default::default(),
            warning_signs: vec![String::new(); RELAPSE_SLOTS.warning_signs],
            people: vec![String::new(); RELAPSE_SLOTS.people],
            appointment: String::new(),
            one_change: String::new(),
            kit_ready: [false; KitItem::ALL.len()],
        }
    }
}

impl PlanDraft {
    fn slot(&mut self, field: PlanField) -> Option<&mut String> {
        match field {
            PlanField::Diary => Some(&mut self.diary),
            PlanField::If(kind) => Some(&mut self.ifs[kind as usize]),
            PlanField::Then(kind) => Some(&mut self.thens[kind as usize]),
            PlanField::WarningSign(i) => self.warning_signs.get_mut(usize::from(i)),
            PlanField::Person(i) => self.people.get_mut(usize::from(i)),
            PlanField::Appointment => Some(&mut self.appointment),
            PlanField::OneChange => Some(&mut self.one_change),
        }
    }

    /// The text of `field`; empty when nothing was typed (or the field does not exist).
    pub fn get(&self, field: PlanField) -> &str {
        let text = match field {
            PlanField::Diary => Some(&self.diary),
            PlanField::If(kind) => Some(&self.ifs[kind as usize]),
            PlanField::Then(kind) => Some(&self.thens[kind as usize]),
            PlanField::WarningSign(i) => self.warning_signs.get(usize::from(i)),
            PlanField::Person(i) => self.people.get(usize::from(i)),
            PlanField::Appointment => Some(&self.appointment),
            PlanField::OneChange => Some(&self.one_change),
        };
        text.map_or("", String::as_str)
    }

    /// Sets `field`'s text; a field beyond the slot counts is ignored.
    pub fn set(&mut self, field: PlanField, text: String) {
        if let Some(slot) = self.slot(field) {
            *slot = text;
        }
    }

    pub fn kit_ready(&self, item: KitItem) -> bool {
        self.kit_ready[item as usize]
    }

    pub fn toggle_kit(&mut self, item: KitItem) {
        self.kit_ready[item as usize] ^= true;
    }

    /// True when nothing has been typed or ticked: "Start over" then has
    /// nothing to lose.
    pub fn is_empty(&self) -> bool {
        *self == PlanDraft::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_fields_keep_their_own_text_and_the_slot_counts() {
        let mut draft = PlanDraft::default();
        let fields = [
            PlanField::Diary,
            PlanField::If(TriggerKind::Emotion),
            PlanField::Then(TriggerKind::Emotion),
            PlanField::WarningSign(4),
            PlanField::Person(2),
            PlanField::Appointment,
            PlanField::OneChange,
        ];
        for (i, f) in fields.into_iter().enumerate() {
            draft.set(f, format!("text {i}"));
        }
        for (i, f) in fields.into_iter().enumerate() {
            assert_eq!(draft.get(f), format!("text {i}"), "{f:?}");
        }
        assert_eq!(draft.get(PlanField::If(TriggerKind::Body)), "");
        // Beyond guide's slot counts nothing is stored.
        draft.set(PlanField::WarningSign(RELAPSE_SLOTS.warning_signs as u8), "x".into());
        draft.set(PlanField::Person(RELAPSE_SLOTS.people as u8), "x".into());
        assert_eq!(draft.get(PlanField::Person(RELAPSE_SLOTS.people as u8)), "");
        assert!(!draft.is_empty());
        draft.toggle_kit(KitItem::Movement);
        assert!(draft.kit_ready(KitItem::Movement) && !draft.kit_ready(KitItem::Hydration));
        draft.toggle_kit(KitItem::Movement);
        assert!(!draft.kit_ready(KitItem::Movement));
        assert!(PlanDraft::default().is_empty());
    }
}
