//! Random valid answer sets, for the property tests (proptest's numbers)
//! and the cliff report (a fixed-seed generator): each question skipped a
//! quarter of the time, multi answers sparse with exclusive values only on
//! their own, and questions answered in table order, so a conditional one
//! is answered only when the answers before it ask it.

use guide::{Answers, Kind, Q};

/// What the generator asks its source of numbers for, question by question:
/// always `Skip` (skipped when it is a multiple of 4), then, when the
/// question is answered, `Pick` (which value) and for a multi question `Bits`
/// (bit i ticks value i).
pub enum Ask {
    Skip,
    Pick,
    Bits,
}

/// A valid answer set from the numbers `next` gives.
pub fn answer_set(mut next: impl FnMut(Ask) -> u64) -> Answers {
    let mut a = Answers::new();
    for q in Q::ALL {
        if next(Ask::Skip).is_multiple_of(4) || !a.is_asked(q) {
            continue;
        }
        let question = q.question();
        let one = question.values[(next(Ask::Pick) % question.values.len() as u64) as usize];
        let values: Vec<&str> = match question.kind {
            Kind::Single => vec![one],
            Kind::Multi => {
                let bits = next(Ask::Bits);
                let mut v: Vec<&str> =
                    question.values.iter().enumerate().filter(|(i, _)| bits >> i & 1 == 1).map(|(_, v)| *v).collect();
                if v.len() > 1 {
                    v.retain(|x| !question.is_exclusive(x));
                }
                if v.is_empty() {
                    v.push(one);
                }
                v
            }
        };
        a.set(q, &values).expect("the generator builds only valid answers");
    }
    a
}
