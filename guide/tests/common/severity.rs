//! The spec's severity order (§4 "Monotone"), as the property tests and the
//! cliff report both read it.

use guide::Q;

/// Spec v3 §4 "Monotone": the ordered questions, least to most severe.
/// Values on one rung are equal (`derailed`: `never_tried` = `no`);
/// `not_sure` and skipping are outside the order.
pub fn severity_order(q: Q) -> Option<&'static [&'static [&'static str]]> {
    Some(match q {
        Q::Frequency => &[&["less_than_weekly"], &["weekly"], &["daily_once"], &["daily_2_3"], &["daily_4_plus"]],
        Q::NightDosing => &[&["no"], &["yes"]],
        Q::WithdrawalIntensity => &[&["none"], &["mild"], &["moderate"], &["severe"]],
        Q::Derailed => &[&["never_tried", "no"], &["once"], &["repeatedly"]],
        Q::MoodWhenStopping => &[&["none"], &["manageable"], &["severe"]],
        Q::SedativeFrequency => &[&["less_than_weekly"], &["weekly"], &["daily"]],
        Q::CanStayStoppedHere => &[&["yes"], &["no"]],
        Q::NeedTimeAway => &[&["no"], &["yes"]],
        Q::MeasuresDoses => &[&["yes"], &["sometimes"], &["no"]],
        Q::Support => &[&["strong"], &["some"], &["none"]],
        Q::TriggerAccess => &[&["low"], &["high"]],
        Q::Duration => &[&["under_1_month"], &["1_6_months"], &["6_12_months"], &["over_1_year"]],
        _ => return None,
    })
}
