//! The urgent page's first-aid lines (spec §8) as data: for each voice, the
//! lines in table order, each with the forms it takes by the flags that
//! hold. The widget shows them before anything else; the texts hold the
//! words of each line and form.

use crate::lang::Voice;
use crate::model::{LineForm, UrgentLine, UrgentLineId};

/// Which urgent flags call for a form of a line.
#[derive(Clone, Copy, Debug)]
pub enum Applies {
    /// Any of these flags holds.
    AnyOf(&'static [&'static str]),
    /// Every flag that holds is one of these (and one holds).
    OnlyOf(&'static [&'static str]),
    /// Any flag holds.
    AnyFlag,
}

impl Applies {
    fn holds(self, flags: &[&str]) -> bool {
        !flags.is_empty()
            && match self {
                Applies::AnyOf(set) => flags.iter().any(|f| set.contains(f)),
                Applies::OnlyOf(set) => flags.iter().all(|f| set.contains(f)),
                Applies::AnyFlag => true,
            }
    }
}

/// One line of a voice's table: the first form whose flags hold is shown.
#[derive(Debug)]
pub struct UrgentRow {
    pub id: UrgentLineId,
    pub forms: &'static [(Applies, LineForm)],
}

/// The flags that call the emergency number (every flag but `suicide`).
pub const EMERGENCY_FLAGS: &[&str] = &["breathing", "heart", "seizure", "confusion"];

use Applies::*;
use LineForm::*;
use UrgentLineId as L;

const fn row(id: UrgentLineId, forms: &'static [(Applies, LineForm)]) -> UrgentRow {
    UrgentRow { id, forms }
}

/// Loved-one voice: what to do for the person, in the spec's order.
pub static LOVED_ONE: [UrgentRow; 8] = [
    row(L::CallNow, &[(AnyOf(EMERGENCY_FLAGS), Plain)]),
    row(L::Naloxone, &[(AnyOf(&["breathing"]), Plain), (AnyFlag, IfWorse)]),
    row(L::SeizureSafety, &[(AnyOf(&["seizure"]), Plain)]),
    row(L::OnSide, &[(AnyOf(&["breathing"]), Plain), (AnyOf(&["seizure"]), AfterShaking), (AnyFlag, IfWorse)]),
    row(L::CrisisWithThem, &[(AnyOf(&["suicide"]), Plain)]),
    row(L::Stay, &[(OnlyOf(&["suicide"]), IfSafe), (AnyFlag, Plain)]),
    row(L::Dispatcher, &[(AnyOf(EMERGENCY_FLAGS), Plain)]),
    row(L::RemoveMeans, &[(AnyOf(&["suicide"]), Plain)]),
];

/// Self voice: what to do now, in the spec's order.
pub static SELF: [UrgentRow; 4] = [
    row(L::CallNow, &[(AnyOf(EMERGENCY_FLAGS), Plain)]),
    row(L::SomeoneWithYou, &[(AnyOf(&["breathing"]), WithNaloxone), (AnyOf(EMERGENCY_FLAGS), Plain)]),
    row(L::CrisisNow, &[(AnyOf(&["suicide"]), Plain)]),
    row(L::TellSomeone, &[(AnyOf(&["suicide"]), Plain)]),
];

pub fn table(voice: Voice) -> &'static [UrgentRow] {
    match voice {
        Voice::Me => &SELF,
        Voice::Them => &LOVED_ONE,
    }
}

/// The lines to show for these urgent flags, in order: each once, in table
/// order, with the lines that hold only "if things get worse" after all the
/// others. Empty when no flag holds.
pub fn lines(flags: &[&str], voice: Voice) -> Vec<UrgentLine> {
    let picked = table(voice).iter().filter_map(|row| {
        row.forms
            .iter()
            .find(|(applies, _)| applies.holds(flags))
            .map(|(_, form)| UrgentLine { id: row.id, form: *form })
    });
    let (mut out, later): (Vec<UrgentLine>, Vec<UrgentLine>) = picked.partition(|l| l.form != IfWorse);
    out.extend(later);
    out
}
