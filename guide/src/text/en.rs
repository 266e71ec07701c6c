//! English. Self voice ("you") and loved-one voice ("they") are written
//! separately; see spec/voice.md.

use super::build::{o, p, same, t, u};
use super::{
    EmergencyText, Framing, LevelText, LovedOneText, LowConfidenceText, Pair, PlanText, QuestionText, SummaryText,
    TaperKindText, Texts, UrgentLinesText,
};
use crate::lang::Lang;
use crate::model::{
    Band, CautionId, ColdTurkeyPart, ContradictionId, Level, LineForm as F, NoteId, Prereq, ReasonId, TaperKind,
    UrgentLineId as L,
};
use crate::plan::{KitItem, Phase, Therapy, TriggerKind};
use crate::questions::Q;

const NOT_SURE: Pair = p("I'm not sure", "I don't know");
const NONE_OF_THESE: Pair = same("None of these");
const YES: Pair = same("Yes");
const NO: Pair = same("No");

pub(super) static TEXTS: Texts = Texts {
    lang: Lang::En,
    framing: Framing {
        not_diagnosis: "This is not a diagnosis. Only a clinician can diagnose a use disorder.",
        sections: ["Safety", "Kratom use", "Patterns", "Stopping", "Health", "Support and plans"],
        not_sure_count: p(
            "You weren't sure about {n} of the questions. That's fine — a professional can help fill the gaps.",
            "You didn't know the answer to {n} of the questions. That's normal — a professional can help fill the gaps.",
        ),
        skipped_count: p(
            "You skipped {n} of the questions. The result still works, and a professional can go over the rest with you.",
            "You skipped {n} of the questions. The result still works, and a professional can fill in the rest with the person.",
        ),
        urgent_heading: "Please get help now",
        urgent_body: p(
            "What you told us needs help right away. Please call the emergency number now. If you're thinking about suicide, call or text the crisis line. You don't have to explain everything.",
            "What you told us needs help right away. For trouble breathing, a seizure, chest pain or confusion, call the emergency number now and stay with them. If they may harm themselves, call or text the crisis line with them. Stay if it is safe, and put pills and weapons away.",
        ),
        urgent_banner: "You told us about signs that need help now. If you haven't called yet, please call.",
        pregnancy_lead_no_dependence: p(
            "Because you're pregnant or recently gave birth: stopping kratom now is safe and good for your pregnancy. Tell your prenatal care provider about your use.",
            "Because they're pregnant or recently gave birth: stopping kratom now is safe and good for the pregnancy. Encourage them to tell their prenatal care provider.",
        ),
        stay_or_away: p(
            "You told us staying stopped at home would be hard, or that you'd need time away. We take that seriously. A clinician can help you decide if care around the clock, an intensive program or a steadier place to live fits you.",
            "You told us staying stopped at home would be hard for them, or that they'd need time away. We take that seriously. A clinician can help decide if care around the clock, an intensive program or a steadier place to live fits them.",
        ),
        pregnancy_detox: p(
            "In pregnancy, a care team keeps you and your baby safe and steady through withdrawal. Often that means a steady medicine, like buprenorphine, not going without.",
            "In pregnancy, a care team keeps them and the baby safe and steady through withdrawal. Often that means a steady medicine, like buprenorphine, not going without.",
        ),
        pregnancy_planned_taper: p(
            "In pregnancy, plan any change to your dose with your prenatal and addiction care together. They may offer a steady medicine instead. One is buprenorphine.",
            "In pregnancy, their prenatal and addiction care plan any change to the dose together. They may offer a steady medicine instead. One is buprenorphine.",
        ),
        pregnancy_steps: &[
            p(
                "Tell your prenatal care team that you use kratom. Ask them to work with an addiction clinician.",
                "They could tell their prenatal care team that they use kratom. They could ask for an addiction clinician too.",
            ),
            p(
                "Ask about a steady medicine, like buprenorphine. Don't stop suddenly on your own.",
                "They could ask about a steady medicine, like buprenorphine. They shouldn't stop suddenly on their own.",
            ),
            p(
                "After birth, the baby may need watching for a few days. The team can plan for that.",
                "After birth, the baby may need watching for a few days. The team can plan for that.",
            ),
        ],
        taper_moud: p(
            "A clinician may also offer a medicine for opioid use disorder (MOUD). One is buprenorphine. It can come instead of the taper or with it.",
            "A clinician may also offer them a medicine for opioid use disorder (MOUD). One is buprenorphine. It can come instead of the taper or with it.",
        ),
        pregnancy_lead: p(
            "Because you're pregnant or recently gave birth, don't stop kratom suddenly on your own. Plan each step with your prenatal care and your addiction care together.",
            "Because they're pregnant or recently gave birth, they shouldn't stop kratom suddenly on their own. Their prenatal care and addiction care should plan each step together.",
        ),
    },
    questions: [
        QuestionText {
            q: Q::Who,
            legend: p("Who is this check for?", "Who are you doing this check for?"),
            hint: p(
                "We'll word the questions to fit. If it's for someone else, we'll add ideas on how you can help.",
                "Choose who the answers are about. You can start over at any time to change this.",
            ),
            options: &[o("self", same("For myself")), o("loved_one", same("For someone I care about"))],
        },
        QuestionText {
            q: Q::UrgentNow,
            legend: p(
                "Right now, are you having any of these? Choose all that apply.",
                "Right now, is the person you're worried about having any of these? Choose all that apply.",
            ),
            hint: p(
                "We ask this first because these can be emergencies. If any apply, we'll show you how to get help right away.",
                "These signs can mean an emergency, so we ask about them first. If any apply, we'll show you who to call.",
            ),
            options: &[
                o(
                    "breathing",
                    p(
                        "Trouble breathing, feeling very sleepy, or can't stay awake",
                        "Trouble breathing, very drowsy, or can't stay awake",
                    ),
                ),
                o("heart", same("Chest pain, fainting, or a heartbeat that is dangerously fast")),
                o("seizure", same("A seizure")),
                o("confusion", same("Very confused or agitated, or seeing or hearing things that aren't there")),
                o(
                    "suicide",
                    p(
                        "Thoughts of suicide or of hurting yourself, or sudden severe depression",
                        "Thoughts or talk of suicide or self-harm, or sudden severe depression",
                    ),
                ),
                o("none", NONE_OF_THESE),
            ],
        },
        QuestionText {
            q: Q::AgeBand,
            legend: p("How old are you?", "How old is the person?"),
            hint: p(
                "Care can differ by age. You can choose not to say — the result works either way.",
                "Care for young people can differ. If you don't know or would rather not say, the result still works.",
            ),
            options: &[
                o("under_18", same("Under 18")),
                o("18_25", same("18 to 25")),
                o("26_plus", same("26 or older")),
                o("prefer_not", p("I'd rather not say", "I'd rather not say")),
            ],
        },
        QuestionText {
            q: Q::Products,
            legend: p(
                "Which kratom products do you use? Choose all that apply.",
                "Which kratom products does the person use? Choose all that apply.",
            ),
            hint: p(
                "Products differ a lot in strength. Extracts and shots are often much stronger than leaf or powder.",
                "Strength varies widely between products. Extracts and shots are often much stronger, which changes how safely someone can stop.",
            ),
            options: &[
                o("powder_leaf", same("Powder or leaf")),
                o("capsules", same("Capsules")),
                o("extract_or_shot", same("Extracts, shots or concentrated liquids")),
                o("seven_oh", same("7-OH products (tablets, gummies or shots sold as 7-OH)")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::Frequency,
            legend: p(
                "How often do you use kratom these days?",
                "As far as you know, how often does the person use kratom these days?",
            ),
            hint: p(
                "Using several times a day can mean stronger withdrawal. That affects which kind of support is safest.",
                "How often someone uses hints at how strong withdrawal could be. A best guess is fine.",
            ),
            options: &[
                o("less_than_weekly", same("Less than once a week")),
                o("weekly", same("Once a week or more, but not every day")),
                o("daily_once", same("Once a day")),
                o("daily_2_3", same("2 or 3 times a day")),
                o("daily_4_plus", same("4 or more times a day")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::NightDosing,
            legend: p(
                "Do you wake up needing a dose, or take kratom during the night?",
                "Does the person wake up needing a dose, or take kratom during the night?",
            ),
            hint: p(
                "Waking up in withdrawal shows the body has come to rely on kratom. It helps us judge how much support to plan.",
                "Dosing at night or waking in withdrawal points to strong physical dependence. You may not know, and that's okay.",
            ),
            options: &[o("yes", YES), o("no", NO), o("not_sure", NOT_SURE)],
        },
        QuestionText {
            q: Q::Duration,
            legend: p(
                "How long have you been using kratom regularly?",
                "How long has the person been using kratom regularly?",
            ),
            hint: p(
                "Longer, heavier use can make stopping harder. It can also open up more treatment options.",
                "A longer history can make stopping harder and may change what a clinician offers. A rough idea is enough.",
            ),
            options: &[
                o("under_1_month", same("Less than a month")),
                o("1_6_months", same("1 to 6 months")),
                o("6_12_months", same("6 to 12 months")),
                o("over_1_year", same("More than a year")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::MeasuresDoses,
            legend: p(
                "Do you stick to one product and measure each dose?",
                "Does the person stick to one product and measure each dose?",
            ),
            hint: p(
                "A safe taper needs doses you can measure. Products vary, so the same scoop can hold very different amounts.",
                "Cutting down slowly works best with one steady product, measured every time. Products can vary a lot.",
            ),
            options: &[
                o("yes", p("Yes — one product, measured each time", "Yes — one product, measured each time")),
                o("sometimes", same("Sometimes")),
                o("no", NO),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::StartedFor,
            legend: p(
                "What did you first use kratom for? Choose all that apply.",
                "What did they first use kratom for, as far as you know? Choose all that apply.",
            ),
            hint: p(
                "The reasons people start often still matter. A good plan looks after them too, not only the kratom.",
                "Knowing why someone started helps a plan cover what kratom was doing for them, like easing pain or worry.",
            ),
            options: &[
                o("energy", same("Energy or focus")),
                o("pain", same("Pain")),
                o("mood_anxiety", same("Mood, stress or anxiety")),
                o("opioid_withdrawal", same("To get off opioids or ease opioid withdrawal")),
                o("other", same("Something else")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::OtherSubstances,
            legend: p(
                "Do you also use any of these? Choose all that apply.",
                "Does the person also use any of these? Choose all that apply.",
            ),
            hint: p(
                "Some mixes, especially with alcohol or sedatives, can slow breathing. We ask for safety, not to judge.",
                "Kratom mixed with alcohol or sedatives can slow breathing. Knowing helps point to safer support. This is about safety, not blame.",
            ),
            options: &[
                o("alcohol", same("Alcohol")),
                o("benzodiazepines", same("Benzodiazepines (like Xanax, Valium or Klonopin)")),
                o("opioids", same("Opioids (like pain pills, heroin or fentanyl)")),
                o("sleep_aids_sedatives", same("Sleeping pills or other sedatives")),
                o("stimulants", same("Stimulants (like cocaine or meth)")),
                o("other_drugs", same("Other drugs")),
                o("none", NONE_OF_THESE),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::SedativeFrequency,
            legend: p(
                "How often do you drink alcohol or take pills for sleep or anxiety? Think of what you use most.",
                "How often does the person drink alcohol or take pills for sleep or anxiety? Think of what they use most.",
            ),
            hint: p(
                "After regular use, stopping these all at once can be dangerous. That's why we ask how often.",
                "After regular use, stopping these all at once can be dangerous for them. That's why we ask how often.",
            ),
            options: &[
                o("daily", same("Every day or almost every day")),
                o("weekly", same("At least once a week, but not daily")),
                o("less_than_weekly", same("Less than once a week")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::Signs,
            legend: p(
                "In the past year, have any of these been true for you? Choose all that apply.",
                "In the past year, have you noticed any of these in the person? Choose all that apply.",
            ),
            hint: p(
                "These are common signs that use is becoming a problem. Checking some is not a diagnosis — it shows where support could help.",
                "These are common signs that use is becoming a problem. Check only what you've seen or been told.",
            ),
            options: &[
                o(
                    "cut_down_failed",
                    p("I've tried to cut down or quit and couldn't", "They've tried to cut down or quit and couldn't"),
                ),
                o(
                    "more_than_planned",
                    p(
                        "I use more than I meant to, or earlier in the day",
                        "They use more than they meant to, or earlier in the day",
                    ),
                ),
                o(
                    "time_spent",
                    p(
                        "A lot of my day goes to getting, using or recovering from kratom",
                        "A lot of their day goes to getting, using or recovering from kratom",
                    ),
                ),
                o(
                    "cravings",
                    p(
                        "I get strong urges to use, or panic about running out",
                        "They get strong urges to use, or panic about running out",
                    ),
                ),
                o(
                    "obligations",
                    p("I'm falling behind at work, school or home", "They're falling behind at work, school or home"),
                ),
                o(
                    "relationships",
                    p(
                        "I hide my use, or it causes conflict with people close to me",
                        "They hide their use, or it causes conflict with people close to them",
                    ),
                ),
                o(
                    "gave_up_activities",
                    p(
                        "I skip trips, events or things I enjoy because of my dosing schedule",
                        "They skip trips, events or things they enjoy because of their dosing schedule",
                    ),
                ),
                o(
                    "risky_situations",
                    p(
                        "I use before driving or other tasks where it could be dangerous",
                        "They use before driving or other tasks where it could be dangerous",
                    ),
                ),
                o(
                    "despite_harm",
                    p(
                        "I keep using despite side effects. These can be constipation, nausea, poor sleep, a racing heart or low mood.",
                        "They keep using despite side effects. These can be constipation, nausea, poor sleep, a racing heart or low mood.",
                    ),
                ),
                o("tolerance", p("It takes more kratom than before to feel the same", "It takes more kratom than before for them to feel the same")),
                o(
                    "withdrawal",
                    p(
                        "Without it I feel sick, anxious, low or irritable, or I use to stop that feeling",
                        "Without it they feel sick, anxious, low or irritable, or they use to stop that feeling",
                    ),
                ),
                o("none", NONE_OF_THESE),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::WithdrawalSymptoms,
            legend: p(
                "When you go without kratom, what do you notice? Choose all that apply.",
                "When they go without kratom, what have you seen or heard about? Choose all that apply.",
            ),
            hint: p(
                "Withdrawal is often a mix of body and feelings. Your answers shape the comfort kit in your plan.",
                "Withdrawal can affect both body and mood. What you've noticed shapes the comfort ideas in the plan.",
            ),
            options: &[
                o("runny_nose_yawning", same("Runny nose, watery eyes or yawning")),
                o("sweats_chills", same("Sweats, chills or feeling hot and cold")),
                o("aches_restless_legs", same("Muscle aches or restless legs")),
                o("stomach", same("Nausea, diarrhea or stomach cramps")),
                o("headache_fatigue", same("Headache or tiredness")),
                o("sleep", same("Trouble sleeping")),
                o("anxiety_panic", same("Anxiety or panic")),
                o("irritability", same("Irritability, anger or feeling on edge")),
                o("low_mood", same("Low mood or tearfulness")),
                o("cravings_wired", same("Strong cravings, or feeling wired but worn out")),
                o("brain_fog", same("Brain fog or trouble concentrating")),
                o("none", NONE_OF_THESE),
                o("never_stopped", p("I haven't gone without it", "As far as I know, they haven't gone without it")),
            ],
        },
        QuestionText {
            q: Q::WithdrawalIntensity,
            legend: p(
                "When you go without, how strong does withdrawal feel?",
                "When they go without, how strong does their withdrawal seem?",
            ),
            hint: p(
                "How hard withdrawal hits helps show what kind of support is the safest start.",
                "This helps weigh a slow taper against medical support. Your best guess is fine.",
            ),
            options: &[
                o("none", same("No withdrawal")),
                o("mild", same("Mild — uncomfortable but manageable")),
                o("moderate", same("Moderate — hard to get through the day")),
                o("severe", same("Severe — very hard to function or to get through")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::Derailed,
            legend: p(
                "Have you gone back to kratom within a few days of stopping because withdrawal felt too hard?",
                "Has the person gone back to kratom within days of stopping because withdrawal was too hard?",
            ),
            hint: p(
                "This happens to many people and is not a personal failing. It's a sign that more support could make stopping easier.",
                "This is common and not a flaw in them. It suggests more support could help next time.",
            ),
            options: &[
                o("never_tried", p("I haven't tried to stop", "They haven't tried to stop")),
                o("no", NO),
                o("once", same("Yes, once")),
                o("repeatedly", same("Yes, more than once")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::MoodWhenStopping,
            legend: p(
                "When you cut back or stop, what happens to your mood and anxiety?",
                "When they cut back or stop, what happens to their mood and anxiety?",
            ),
            hint: p(
                "If stopping brings strong anxiety or low mood, your plan needs care for mood as well as the body.",
                "If stopping brings strong anxiety or low mood, their plan needs care for mood as well as the body.",
            ),
            options: &[
                o("none", same("No real change")),
                o("manageable", same("Harder, but manageable")),
                o("severe", same("Severe anxiety, panic or depression")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::Medical,
            legend: p(
                "Do any of these health conditions apply to you? Choose all that apply.",
                "Do any of these health conditions apply to the person? Choose all that apply.",
            ),
            hint: p(
                "Some conditions make sudden stopping riskier. They mean a clinician should help plan withdrawal.",
                "Some health conditions make withdrawal riskier, so a clinician should be part of the plan.",
            ),
            options: &[
                o("seizures", same("A history of seizures")),
                o("heart_rhythm", same("Heart rhythm problems")),
                o("liver", same("Liver problems")),
                o("other_complex", same("Another serious or complex health condition")),
                o("pregnant_postpartum", same("Pregnant, or gave birth in the past year")),
                o("none", NONE_OF_THESE),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::MentalHealth,
            legend: p(
                "Do any of these affect you? Choose all that apply.",
                "Do any of these affect the person you're worried about? Choose all that apply.",
            ),
            hint: p(
                "Many people use kratom to cope with how they feel. Care that treats both together works better. No diagnosis needed.",
                "Kratom is often a way of coping with feelings. Care works better when it treats both. A formal diagnosis isn't needed.",
            ),
            options: &[
                o("depression", same("Depression or long-lasting low mood")),
                o("anxiety_panic", same("Anxiety or panic")),
                o("trauma", same("Trauma or PTSD")),
                o("adhd_restlessness", same("ADHD or constant restlessness")),
                o("other", same("Another mental health concern")),
                o("none", NONE_OF_THESE),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::Support,
            legend: p(
                "How much support do you have from people around you?",
                "How much support does the person have, counting you?",
            ),
            hint: p(
                "Cutting down at home goes better with people who know your plan and can help on hard days.",
                "A taper at home works better with steady support around them. Your care counts here too.",
            ),
            options: &[
                o("strong", p("A lot — people I can count on", "A lot — people they can count on")),
                o("some", same("Some")),
                o("none", same("Very little or none")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::TriggerAccess,
            legend: p(
                "How easy is it for you to avoid kratom and the things that set off urges?",
                "How easy is it for them to stay away from kratom and the things that set off urges?",
            ),
            hint: p(
                "Triggers are people, places or feelings that bring on urges. Easy access makes a home taper harder.",
                "When kratom and triggers are close at hand, cutting down at home is harder. Triggers can be places, people or feelings.",
            ),
            options: &[
                o("low", p("Fairly easy — I can keep away from it", "Fairly easy — they can keep away from it")),
                o("high", p("Hard — it's all around me", "Hard — it's all around them")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::CanStayStoppedHere,
            legend: p(
                "Do you think you could stay stopped where you live now?",
                "Do you think they could stay stopped where they live now?",
            ),
            hint: p(
                "Some homes are stressful, unsafe or full of reminders. That's not your fault, but it can change which support fits.",
                "A stressful or unsafe home, or one full of reminders, can make recovery harder. It can change which support fits.",
            ),
            options: &[
                o("yes", YES),
                o("not_sure", NOT_SURE),
                o(
                    "no",
                    p(
                        "No — home is chaotic or unsafe, or kratom is all around",
                        "No — home is chaotic or unsafe, or kratom is all around",
                    ),
                ),
            ],
        },
        QuestionText {
            q: Q::NeedTimeAway,
            legend: p(
                "To get steady, would you need to stay away from home, somewhere with support around the clock?",
                "To get steady, would the person need to stay away from home, somewhere with support around the clock?",
            ),
            hint: p(
                "This is not about whether a break would be nice. It asks if you could only get steady with care day and night.",
                "This is not about whether a break would be nice. It asks if they could only get steady with care day and night.",
            ),
            options: &[o("yes", YES), o("no", NO), o("not_sure", NOT_SURE)],
        },
        QuestionText {
            q: Q::Considering,
            legend: p(
                "Which of these are you thinking about trying? Choose all that apply.",
                "Which of these is the person thinking about or trying? Choose all that apply.",
            ),
            hint: p(
                "Some popular ideas can backfire. We'll point out any that carry risk and suggest safer choices.",
                "Some common approaches can backfire. We'll flag the risky ones and suggest safer choices you can share.",
            ),
            options: &[
                o("cold_turkey", same("Stopping all at once (cold turkey)")),
                o("detox_kit", same("A detox kit from a store or online")),
                o("switch_to_extract", same("Switching to extracts or shots to cut down")),
                o("otc_high_dose", same("Large amounts of over-the-counter medicine to get through withdrawal")),
                o("self_taper", p("Cutting down slowly on my own", "Cutting down slowly on their own")),
                o("clinician", same("Talking with a doctor or counselor")),
                o("not_sure", p("I'm not sure yet", "I don't know")),
            ],
        },
    ],
    levels: [
        LevelText {
            level: Level::Monitor,
            name: "Keep watch and track",
            summary: p(
                "Your answers don't point to a need for treatment right now. Keeping a short record of your use can help you notice changes early.",
                "From what you shared, the person may not need treatment right now. Noticing changes early is still worth it.",
            ),
            in_practice: &[
                p(
                    "For 3 to 5 days, note what you take, how much and when.",
                    "Invite them to note what they take, how much and when, for 3 to 5 days.",
                ),
                p(
                    "Notice what pulls you toward a dose: stress, pain, tiredness or boredom.",
                    "Stay curious and calm — questions tend to work better than warnings.",
                ),
                p(
                    "Come back to this check if your use goes up or stopping gets hard.",
                    "Come back to this check if their use goes up or stopping gets hard.",
                ),
            ],
        },
        LevelText {
            level: Level::Taper,
            name: "A slow, planned taper with outpatient support",
            summary: p(
                "A taper means lowering your dose step by step, on a set schedule. With outpatient support you live at home and check in with a clinician or counselor along the way.",
                "A taper means lowering the dose step by step, on a set schedule. With outpatient support they live at home and check in with a clinician or counselor as they go.",
            ),
            in_practice: &[
                p(
                    "Use one steady product and measure every dose.",
                    "They use one steady product and measure every dose.",
                ),
                p(
                    "Lower the dose slowly, with a clinician helping to set the pace.",
                    "A clinician helps set the pace, so the dose comes down slowly.",
                ),
                p(
                    "Start counseling now, while you cut down — not after.",
                    "Counseling starts now, during the taper — not after.",
                ),
                p(
                    "If withdrawal gets too hard, stepping up support is a smart move, not a failure.",
                    "If withdrawal gets too hard, stepping up support is a smart move, not a failure.",
                ),
            ],
        },
        LevelText {
            level: Level::Detox,
            name: "Medically supported detox",
            summary: p(
                "Detox is a few days of medical care while your body adjusts to going without kratom. It keeps you safer and more comfortable, and it is the first step, not the whole treatment.",
                "Detox is a few days of medical care while the body adjusts to going without kratom. It keeps them safer and more comfortable — a first step, with more care after.",
            ),
            in_practice: &[
                p(
                    "Staff check on you often. They treat nausea, diarrhea, sweats, pain and poor sleep, and sometimes use a medicine such as buprenorphine.",
                    "Staff check on them often. They treat nausea, diarrhea, sweats, pain and poor sleep, and sometimes use a medicine such as buprenorphine.",
                ),
                p(
                    "It may be in a clinic, in a hospital, or at home with close care. A clinician helps decide.",
                    "It may be in a clinic, in a hospital, or at home with close care. A clinician helps decide.",
                ),
                p(
                    "Line up therapy and support for afterward, so the progress lasts.",
                    "Therapy and support are planned for afterward, so the progress lasts.",
                ),
            ],
        },
        LevelText {
            level: Level::Residential,
            name: "Residential treatment or another higher level of care",
            summary: p(
                "Residential treatment means living at a treatment center for a while, with care around the clock. It gives you distance from daily stress and triggers while you get steady.",
                "Residential treatment means living at a treatment center for a while, with care around the clock. It gives them distance from daily stress and triggers while they get steady.",
            ),
            in_practice: &[
                p(
                    "It often begins with detox, followed by daily therapy and groups.",
                    "It often begins with detox, followed by daily therapy and groups.",
                ),
                p(
                    "The length of stay varies; the team plans it with you.",
                    "The length of stay varies; the team plans it with them.",
                ),
                p(
                    "Before you leave, you plan where you'll live and who will back you up. Some people move to sober living — a shared home that supports recovery.",
                    "Before leaving, they plan where to live and who will back them up. Some move to sober living — a shared home that supports recovery.",
                ),
            ],
        },
        LevelText {
            level: Level::Urgent,
            name: "Get urgent help now",
            summary: p(
                "Something you told us can be an emergency. Please call for help now — the numbers are right here.",
                "Something you told us about the person can be an emergency. Please call for help now — the numbers are right here.",
            ),
            in_practice: &[
                p(
                    "Call the emergency number now, or go to the nearest emergency room. Don't drive yourself.",
                    "If they have trouble breathing, a seizure, chest pain or severe confusion, call the emergency number now. Stay with them until help comes.",
                ),
                p(
                    "If you're having thoughts of suicide, call or text the crisis line. Someone will talk with you right now.",
                    "If they may be thinking of suicide, call or text the crisis line (988 in the US) with them. Stay with them if it's safe for you.",
                ),
                p(
                    "If someone is with you, tell them what is happening.",
                    "Put away anything they could use to hurt themselves, like pills or weapons. Don't give them more kratom, alcohol or other drugs.",
                ),
            ],
        },
    ],
    reasons: [
        (
            ReasonId::Environment,
            p(
                "You said staying stopped at home would be hard or unsafe for you right now.",
                "You said staying stopped at home would be hard or unsafe for them right now.",
            ),
        ),
        (
            ReasonId::BroaderPattern,
            p(
                "You said you use two or more other substances too, so kratom is part of a wider pattern.",
                "You said they use two or more other substances too, so kratom is part of a wider pattern.",
            ),
        ),
        (
            ReasonId::MentalHealthFlare,
            p(
                "You said stopping makes your mood drop hard and you have a mental health condition.",
                "You said stopping makes their mood drop hard and they have a mental health condition.",
            ),
        ),
        (
            ReasonId::TimeAway,
            p(
                "You said you'd need to be away from home, with support around the clock, to get steady.",
                "You said they'd need to be away from home, with support around the clock, to get steady.",
            ),
        ),
        (
            ReasonId::ExtractUse,
            p(
                "You said you use extracts, shots or 7-OH products, which are often much stronger than leaf or powder.",
                "You said they use extracts, shots or 7-OH products, which are often much stronger than leaf or powder.",
            ),
        ),
        (
            ReasonId::NightDosing,
            p(
                "You said you wake up needing a dose or take kratom at night, a sign your body counts on it all day long.",
                "You said they wake up needing a dose or take kratom at night, a sign their body counts on it all day long.",
            ),
        ),
        (
            ReasonId::MultipleDailyDoses,
            p(
                "You said you use kratom more than once a day.",
                "You said they use kratom more than once a day.",
            ),
        ),
        (
            ReasonId::SevereMoodOnStopping,
            p(
                "You said stopping brings severe anxiety, panic or low mood.",
                "You said stopping brings them severe anxiety, panic or low mood.",
            ),
        ),
        (
            ReasonId::MedicalRisk,
            p(
                "You said you have a health condition or are pregnant, and withdrawal can be hard on the body.",
                "You said they have a health condition or are pregnant, and withdrawal can be hard on the body.",
            ),
        ),
        (
            ReasonId::PsychiatricRisk,
            p(
                "You said you have depression, anxiety or trauma and stopping hits you hard.",
                "You said they have depression, anxiety or trauma and stopping hits them hard.",
            ),
        ),
        (
            ReasonId::Mixing,
            p(
                "You said you also use other substances, and mixing them with kratom adds risk.",
                "You said they also use other substances, and mixing them with kratom adds risk.",
            ),
        ),
        (
            ReasonId::WithdrawalDerails,
            p(
                "You said withdrawal has pulled you back to kratom before, which happens to many people.",
                "You said withdrawal has pulled them back to kratom before, which happens to many people.",
            ),
        ),
        (
            ReasonId::SevereWithdrawal,
            p(
                "You said your withdrawal feels severe.",
                "You said their withdrawal seems severe.",
            ),
        ),
        (
            ReasonId::SignsPresent,
            p(
                "You said you notice two or more signs of a use problem.",
                "You said you've noticed two or more signs of a use problem in them.",
            ),
        ),
        (
            ReasonId::DailyUse,
            p(
                "You said you use kratom once a day, every day.",
                "You said they use kratom once a day, every day.",
            ),
        ),
        (
            ReasonId::WithdrawalPresent,
            p(
                "You said you get withdrawal symptoms when you go without.",
                "You said they seem to get withdrawal symptoms when they go without.",
            ),
        ),
    ],
    prereqs: [
        (
            Prereq::MeasureDoses,
            p(
                "Pick one steady product and measure each dose. Then each step down is easy to plan.",
                "They'll need one steady product, measured each dose. Then each step down is easy to plan.",
            ),
        ),
        (
            Prereq::Support,
            p(
                "Line up at least one person who knows your plan and can help on hard days.",
                "Make sure they have at least one person — maybe you — who knows the plan and can help on hard days.",
            ),
        ),
        (
            Prereq::Triggers,
            p(
                "Cut down easy access to kratom and plan for your triggers before you start.",
                "Before they start, talk with them about keeping kratom out of easy reach and planning for triggers.",
            ),
        ),
    ],
    bands: [
        p(
            "You noticed few or no signs of a use disorder. This is not a diagnosis.",
            "You noticed few or no signs of a use disorder in them. This is not a diagnosis.",
        ),
        p(
            "Your answers show a pattern that looks like a mild use disorder. Only a clinician can diagnose it.",
            "What you've noticed fits a pattern that looks like a mild use disorder. Only a clinician can diagnose it.",
        ),
        p(
            "Your answers show a pattern that looks like a moderate use disorder. Only a clinician can diagnose it.",
            "What you've noticed fits a pattern that looks like a moderate use disorder. Only a clinician can diagnose it.",
        ),
        p(
            "Your answers show a pattern that looks like a severe use disorder. Only a clinician can diagnose it.",
            "What you've noticed fits a pattern that looks like a severe use disorder. Only a clinician can diagnose it.",
        ),
        p(
            "The signs checklist was not answered, so this check can't describe a pattern. Only a clinician can diagnose a use disorder.",
            "The signs checklist about the person was not answered, so this check can't describe a pattern. Only a clinician can diagnose a use disorder.",
        ),
    ],
    cautions: [
        (
            CautionId::DetoxKit,
            t(
                "Skip detox kits and quick flushes",
                "Products that promise to flush kratom out fast can hold unknown or stimulant ingredients. Their laxatives can dry you out. They can also make anxiety and sleep worse, so going back gets more likely. What helps is steady care while your body settles.",
                "Products that promise to flush kratom out fast can hold unknown or stimulant ingredients. Their laxatives can dry a person out. They can also make anxiety and sleep worse, so going back gets more likely. What helps is steady care while their body settles.",
            ),
        ),
        (
            CautionId::ExtractSwitch,
            t(
                "Don't switch to extracts to cut down",
                "A shot can look like a smaller dose, but extracts are often far stronger. Dependence can grow fast. To taper, stay with one product and measure it.",
                "A shot can look like a smaller dose, but extracts are often far stronger. Dependence can grow fast. A safer taper uses one product, measured each time.",
            ),
        ),
        (
            CautionId::AlreadyOnExtracts,
            t(
                "Extracts call for medical help",
                "Extracts are very strong, so stopping is safer with a clinician's help than on your own.",
                "Extracts are very strong, so stopping is safer with a clinician's help than on their own.",
            ),
        ),
        (
            CautionId::SedativeMix,
            t(
                "Mixing with alcohol or sedatives is risky",
                "Kratom mixed with alcohol, opioids, or pills for sleep or anxiety can make you dangerously drowsy. It can slow your breathing and lead to accidents. Plan with a clinician how to stop kratom and the other substances safely.",
                "Kratom mixed with alcohol, opioids, or pills for sleep or anxiety can make a person dangerously drowsy. It can slow breathing and lead to accidents. A clinician can help them plan how to stop kratom and the other substances safely.",
            ),
        ),
        (
            CautionId::SedativeStop,
            t(
                "Don't stop alcohol or sedative pills suddenly",
                "After regular use, stopping alcohol, benzodiazepines or sleeping pills all at once can cause seizures. Don't stop them suddenly on your own. Plan it with a clinician, who can help you come off them safely.",
                "After regular use, stopping alcohol, benzodiazepines or sleeping pills all at once can cause seizures. They shouldn't stop them suddenly on their own. A clinician can help them plan how to come off them safely.",
            ),
        ),
        (
            CautionId::OtcMegadose,
            t(
                "Don't take large amounts of over-the-counter medicine",
                "Large doses of anti-diarrhea medicine or sleep aids can cause serious harm. One risk is a dangerous heart rhythm. Ask a clinician or pharmacist what is safe to take for withdrawal.",
                "Large doses of anti-diarrhea medicine or sleep aids can cause serious harm. One risk is a dangerous heart rhythm. A clinician or pharmacist can say what is safe to take for withdrawal.",
            ),
        ),
        (
            CautionId::ColdTurkeyRisk,
            t(
                "Stopping all at once may be risky",
                "From what you told us, stopping all at once could be risky for you. A plan made with support is a smart move, not a weak one.",
                "From what you told us, stopping all at once could be risky for them. A plan made with support is a smart move, not a weak one.",
            ),
        ),
        (
            CautionId::NoDiyMedication,
            t(
                "Don't start medicines on your own",
                "A medicine such as buprenorphine helps some people. But a clinician needs to guide the dose. Taking someone else's medicine, or starting and stopping it on your own, can make things worse.",
                "A medicine such as buprenorphine helps some people. But a clinician needs to guide the dose. Taking someone else's medicine, or starting and stopping it without one, can backfire.",
            ),
        ),
    ],
    notes: [
        (
            NoteId::Moud,
            t(
                "Medicines that may help",
                "No medicine is approved just for kratom. But clinicians sometimes use a medicine for opioid use disorder (MOUD), such as buprenorphine. They may do so when use is heavy, long-lasting or mixed with opioids. Ask about it. A clinician decides if it fits.",
                "No medicine is approved just for kratom. But clinicians sometimes use a medicine for opioid use disorder (MOUD), such as buprenorphine. They may do so when use is heavy, long-lasting or mixed with opioids. A clinician decides if it fits them.",
            ),
        ),
        (
            NoteId::OpioidSwitch,
            t(
                "Kratom and getting off opioids",
                "Working to step away from opioids takes real effort, and it counts. Kratom isn't regulated, so the next step is a plan that doesn't rely on it. A clinician can check your risk with opioids, talk about MOUD, and help you taper kratom gently.",
                "Working to step away from opioids takes real effort, and it counts. Kratom isn't regulated, so the next step is a plan that doesn't rely on it. A clinician can check their risk with opioids, talk about MOUD, and help them taper kratom gently.",
            ),
        ),
        (
            NoteId::IntegratedMentalHealth,
            t(
                "Care for mood and anxiety too",
                "If kratom has helped you cope with anxiety, low mood or stress, just taking it away can leave a gap. Look for care that treats your mental health and kratom use together.",
                "If kratom has helped them cope with anxiety, low mood or stress, just taking it away can leave a gap. Care that treats their mental health and kratom use together works better.",
            ),
        ),
        (
            NoteId::PainCare,
            t(
                "A plan for pain",
                "If you use kratom for pain, ask for pain care as part of treatment. That might mean other medicines, physical therapy or other options. Then pain is less likely to pull you back.",
                "If they use kratom for pain, pain care should be part of treatment. That might mean other medicines, physical therapy or other options. Then pain is less likely to pull them back.",
            ),
        ),
        (
            NoteId::Pregnancy,
            t(
                "Pregnancy and after birth",
                "If you're pregnant or gave birth in the past year, don't stop kratom suddenly on your own. Plan any change with your prenatal or postpartum care and your addiction care together. They can find the safest way for you and your baby.",
                "If they're pregnant or gave birth in the past year, stopping kratom suddenly on their own can be risky. Their prenatal or postpartum care and their addiction care should plan any change together. Those teams can find the safest way for them and the baby.",
            ),
        ),
        (
            NoteId::SoberLiving,
            t(
                "A steadier place to live",
                "Sober living homes are shared houses with rules and support for people in recovery. Some people stay in one for a while when home isn't yet a safe place to recover.",
                "Sober living homes are shared houses with rules and support for people in recovery. Some people stay in one for a while when home isn't yet a safe place to recover.",
            ),
        ),
        (
            NoteId::Therapy,
            t(
                "Therapy that helps with cravings",
                "Therapy builds skills for cravings, stress and whatever kept the use going. Common kinds are motivational interviewing, skills-based talk therapy and trauma-informed care. Step 5 of your plan explains each one.",
                "Therapy builds skills for cravings, stress and whatever kept the use going. Common kinds are motivational interviewing, skills-based talk therapy and trauma-informed care. Step 5 of the plan explains each one.",
            ),
        ),
        (
            NoteId::LovedOneGuide,
            t(
                "How you can help",
                "If someone close to you is worried about your use, they can use this check too — it has words and ideas for them.",
                "Below are words to start a calm talk, limits that protect you both, and ways to care for yourself.",
            ),
        ),
        (
            NoteId::Naloxone,
            t(
                "Keep naloxone close by",
                "Naloxone (Narcan) can reverse an opioid overdose. In the US you can buy it at a pharmacy without a prescription. After a break from opioids, your body handles much less, so your old dose can cause an overdose. Never use alone, and let someone know where your naloxone is.",
                "Naloxone (Narcan) can reverse an opioid overdose. In the US anyone can buy it at a pharmacy without a prescription, so keep some where you can both reach it. After a break from opioids, their body handles much less, so their old dose can cause an overdose. Ask them never to use alone.",
            ),
        ),
        (
            NoteId::IntensiveOutpatient,
            t(
                "Ask about intensive outpatient care",
                "An intensive outpatient program gives you several sessions a week while you keep living at home. That is more support than a weekly visit. Ask a clinician if one fits you.",
                "An intensive outpatient program offers several sessions a week while they keep living at home. That is more support than a weekly visit. A clinician can say if one fits them.",
            ),
        ),
        (
            NoteId::TimeAwayOption,
            t(
                "If you want time away",
                "You said you would need time away to get steady. That matters. Residential programs and other places with care around the clock exist, and a clinician can help you weigh them.",
                "You said they would need time away to get steady. That matters. Residential programs and other places with care around the clock exist, and a clinician can help you both weigh them.",
            ),
        ),
        (
            NoteId::YoungPerson,
            t(
                "Help for young people",
                "You don't have to sort this out alone. Tell a trusted adult, like a parent, school nurse or coach. Ask for a clinician who works with young people. If you feel unsafe, the same crisis numbers are there for you.",
                "Young people do best with an adult on their side. Involve a trusted adult and a clinician who works with young people. The same crisis numbers are there for them, and for you.",
            ),
        ),
        (
            NoteId::MentalHealthCare,
            t(
                "Care for your mood",
                "Severe anxiety, panic or low mood deserves care of its own. Try to see a mental health professional soon. If you have thoughts of hurting yourself, please {reach} {crisis} now.",
                "Severe anxiety, panic or low mood deserves care of its own. Help them see a mental health professional soon. If they talk about hurting themselves, please {reach} {crisis} with them now.",
            ),
        ),
    ],
    phases: [
        (
            Phase::Stabilization,
            t(
                "Getting steady",
                "Getting through withdrawal and getting your sleep back. Withdrawal usually eases within a few days to two weeks.",
                "Getting through withdrawal and getting their sleep back. Withdrawal usually eases within a few days to two weeks.",
            ),
        ),
        (
            Phase::SkillBuilding,
            t(
                "Building skills",
                "Learning new ways to handle stress, pain and cravings that take the place of dosing.",
                "Learning new ways to handle stress, pain and cravings that take the place of dosing.",
            ),
        ),
        (
            Phase::Repair,
            t(
                "Repair",
                "Fixing what was hurt: ties with the people close to you, daily habits and your health.",
                "Fixing what was hurt: ties with the people close to them, daily habits and their health.",
            ),
        ),
        (
            Phase::Maintenance,
            t(
                "Staying on track",
                "Keeping support going to prevent relapse. Cravings can come back later, especially under stress — that's normal, and it's what your plan is for.",
                "Keeping support going to prevent relapse. Cravings can come back later, especially under stress — that's normal, and it's what the plan is for.",
            ),
        ),
    ],
    emergency: EmergencyText {
        heading: "If you need help now",
        emergency: "Call {n} for a medical emergency",
        crisis: "Call or text {n} — the Suicide & Crisis Lifeline, any time",
        crisis_text: "Text {n}",
        samhsa: "SAMHSA National Helpline: {n} — free, confidential, 24/7, in English and Spanish",
        poison: "Poison Help: {n}. Call if someone may have taken too much or mixed drugs.",
        unsure: "Not sure how serious it is? Get checked anyway — that's the safe choice.",
        crisis_other: "Call {n} — the crisis line, any time",
        crisis_text_other: "Text {n}",
        helpline_other: "Substance use helpline: {n}",
        poison_other: "Poison help line: {n} — if someone may have taken too much or mixed substances",
        crisis_name_988: "988, the Suicide & Crisis Lifeline,",
        crisis_name_other: "the crisis line",
        reach_call_or_text: "call or text",
        reach_call: "call",
    },
    plan: PlanText {
        heading: "A step-by-step plan",
        intro: p(
            "Six steps built from your answers. You can edit them here; they stay on this device. Print a copy or take it to an appointment.",
            "Six steps built from your answers, to share with the person you're worried about. You can edit them here; they stay on this device.",
        ),
        steps: [
            "Keep a short diary",
            "Choose a level of support",
            "Build a comfort kit",
            "Plan for triggers",
            "Start therapy now, not after quitting",
            "Plan for setbacks — without shame",
        ],
        step_intros: [
            p(
                "For 3 to 5 days, write down what you take, how much and when. Also note what set it off and how you feel between doses. Real numbers make planning safer.",
                "Invite them to keep notes for 3 to 5 days: what they take, how much and when. They can also note what set it off and how they feel between doses.",
            ),
            p(
                "Your result suggests where to start: the least intensive care that keeps you safe. You can always step up.",
                "The result suggests where to start: the least intensive care that keeps them safe. They can always step up.",
            ),
            p(
                "Simple things that make withdrawal easier, with the ones that fit your symptoms first.",
                "Simple things that make withdrawal easier, with the ones that fit their symptoms first.",
            ),
            p(
                "Most urges come from the body, feelings or a situation. Write one \"if this happens, then I'll do that\" plan for each.",
                "Most urges come from the body, feelings or a situation. They can write one \"if this happens, then I'll do that\" plan for each.",
            ),
            p(
                "Don't wait until you've stopped. Therapy helps with cravings, shame and mending relationships while you cut down.",
                "Therapy helps most when it starts now, during the taper or detox — not once they've stopped.",
            ),
            p(
                "A slip is not a failure. Decide now what you'll watch for, who you'll reach out to, and what you'll change.",
                "A slip is not a failure. Deciding ahead what to watch for and who to call makes getting back on track faster.",
            ),
        ],
        diary_columns: ["Product", "Amount", "Time", "What set it off", "How it felt between doses"],
        diary_notes: "Diary notes (only kept while this page is open)",
        kit: [
            (
                KitItem::Hydration,
                t(
                    "Water and electrolytes",
                    "Sweats and an upset stomach drain fluids. Sip water and an electrolyte drink through the day.",
                    "Sweats and an upset stomach drain fluids. Water and an electrolyte drink through the day help.",
                ),
            ),
            (
                KitItem::EasyFood,
                t(
                    "Easy food",
                    "Plain foods like toast, rice, bananas or soup are gentle on an upset stomach.",
                    "Plain foods like toast, rice, bananas or soup are gentle on an upset stomach. Having some ready helps.",
                ),
            ),
            (
                KitItem::SleepRoutine,
                t(
                    "A simple sleep routine",
                    "A dark, cool room and the same wake-up time every day help sleep come back sooner.",
                    "A dark, cool room and the same wake-up time every day help sleep come back sooner.",
                ),
            ),
            (
                KitItem::Movement,
                t(
                    "Gentle movement",
                    "Short walks and stretching can ease restless legs and nervous energy.",
                    "Short walks and stretching can ease restless legs and nervous energy. Offer to go along.",
                ),
            ),
            (
                KitItem::PersonToText,
                t(
                    "Someone to text",
                    "Choose someone you can message when cravings or anxiety hit hard. Breathe slowly while you wait for a reply.",
                    "Offer to be the person they text when cravings or anxiety spike — or help them choose someone.",
                ),
            ),
        ],
        triggers: [
            (
                TriggerKind::Body,
                t(
                    "Body triggers: pain, tiredness, poor sleep",
                    "If my back pain flares, then I use a heating pad and stretch for 10 minutes before deciding anything.",
                    "If their pain flares, they could try heat and gentle stretches for 10 minutes. Then they can decide.",
                ),
            ),
            (
                TriggerKind::Emotion,
                t(
                    "Emotion triggers: anxiety, anger, sadness",
                    "If I feel anxious or angry, then I step outside, breathe slowly to a count of four, and text someone.",
                    "If they feel anxious or angry, they could step outside, breathe slowly, and text you or a friend.",
                ),
            ),
            (
                TriggerKind::Situation,
                t(
                    "Situation triggers: time in the car, breaks at work, going out",
                    "If my afternoon break comes, then I take a walk with a drink and a snack instead of my usual dose.",
                    "If a work break is when they usually dose, they could plan a walk and a snack for that time instead.",
                ),
            ),
        ],
        if_label: "If…",
        then_label: "Then…",
        therapies: [
            (
                Therapy::MotivationalInterviewing,
                t(
                    "Motivational interviewing",
                    "Helps you find and strengthen your own reasons to change.",
                    "Helps a person find and strengthen their own reasons to change.",
                ),
            ),
            (
                Therapy::Cbt,
                t(
                    "CBT (cognitive behavioral therapy)",
                    "Helps you notice the thoughts that lead to dosing and practice new responses.",
                    "Helps a person notice the thoughts that lead to dosing and practice new responses.",
                ),
            ),
            (
                Therapy::DbtSkills,
                t(
                    "DBT skills (dialectical behavior therapy)",
                    "Teaches ways to ride out anxiety, anger and cravings without using.",
                    "Teaches ways to ride out anxiety, anger and cravings without using.",
                ),
            ),
            (
                Therapy::TraumaInformed,
                t(
                    "Trauma-informed therapy",
                    "Helps heal old hurts that kratom may have been numbing.",
                    "Helps heal old hurts that kratom may have been numbing.",
                ),
            ),
        ],
        warning_signs: "Five early warning signs of slipping",
        people: "Three people to tell first",
        appointment: "The next appointment (when, and with whom)",
        one_change: "One concrete change (for example: more support, adding a group, or less access to kratom)",
    },
    loved_one: LovedOneText {
        heading: "For you, as someone who cares",
        script_heading: "Words to start the conversation",
        script: &[
            "You matter to me, and lately I've noticed kratom seems to be taking a toll on you.",
            "I don't need us to agree on labels. I'd just like to understand how things are for you.",
            "Would you be willing to see a doctor or counselor with me, just to hear the options?",
            "I'm on your side when it comes to getting help. What I can't do is cover for it, make excuses, or give money that goes to kratom.",
            "You don't have to answer now. I'm here when you're ready to talk.",
        ],
        boundaries_heading: "Boundaries that help",
        boundaries: &[
            "Say yes to what supports treatment: rides to appointments, company, a calm ear.",
            "Say no to hiding the use, making excuses or lying for them.",
            "Don't pay for kratom or cover spending on it that strains your household.",
            "Decide your limits when you're calm, say them once, and follow through.",
        ],
        backfires_heading: "What tends to backfire",
        backfires: &[
            "Shaming or name-calling. It tends to push use into hiding, not toward change.",
            "Constant pressure, checking or lecturing.",
            "Ultimatums made in anger that you may not keep.",
            "Covering up or smoothing things over, so the costs of use stay hidden.",
        ],
        self_care_heading: "Caring for yourself",
        self_care: &[
            "Your own sleep, meals and health matter too.",
            "Talk to someone you trust, or try a support group for families.",
            "The SAMHSA National Helpline can point you to support for families as well.",
            "You can't make someone change. Your steady care can make help easier to accept.",
        ],
        self_care_outside_us: &[
            "Your own sleep, meals and health matter too.",
            "Talk to someone you trust, or try a support group for families.",
            "A substance use helpline can point you to support for families as well.",
            "You can't make someone change. Your steady care can make help easier to accept.",
        ],
    },
    low_confidence: LowConfidenceText {
        monitor: p(
            "There aren't enough answers yet to suggest a level of support. That is not the same as needing none. A talk with a doctor or counselor can fill in the gaps.",
            "There aren't enough answers yet to suggest a level of support for the person. That doesn't mean they need none. A talk with a doctor or counselor can fill in the gaps.",
        ),
        other: p(
            "Many answers were skipped or unsure. Once those gaps are filled in, the right level may turn out higher or lower.",
            "Many answers about the person were skipped or unsure. Once a professional fills those gaps, the right level may turn out higher or lower.",
        ),
        no_level: "Not enough answers to suggest a level",
        frequency_unknown: p(
            "We don't know how often you use kratom, so this check can't rule out a need for support. A professional can help you look at that.",
            "We don't know how often the person uses kratom, so this check can't rule out a need for support. A professional can help look at that.",
        ),
    },
    opioid_switch_still_using: t(
        "Kratom, opioids and a safer plan",
        "You started kratom to get off opioids, and you still use opioids too. Using both raises the risk of an overdose. A clinician can talk with you about MOUD, such as buprenorphine, and help you plan a gentle kratom taper.",
        "They started kratom to get off opioids, and they still use opioids too. Using both raises the risk of an overdose. A clinician can talk with them about MOUD, such as buprenorphine, and help plan a gentle kratom taper.",
    ),
    pregnancy_no_dependence: t(
        "Pregnancy and after birth",
        "Stopping kratom now is safe, and it is good for your pregnancy. Tell your prenatal care provider about your use, so they can support you and check on your baby.",
        "Stopping kratom now is safe, and it is good for the pregnancy. Encourage them to tell their prenatal care provider about their use, so the baby can be checked too.",
    ),
    naloxone_outside_us: t(
        "Keep naloxone close by",
        "Naloxone can reverse an opioid overdose. Ask a pharmacist or clinician how to get it where you live. After a break, your body handles much less, so your old dose can cause an overdose. Never use alone, and let someone know where your naloxone is.",
        "Naloxone can reverse an opioid overdose. Ask a pharmacist or clinician how to get it where you live, and keep it where you can both reach it. After a break, their body handles much less, so their old dose can cause an overdose. Ask them never to use alone.",
    ),
    taper_kinds: [
        (
            TaperKind::PlannedTaper,
            TaperKindText {
                kind: TaperKind::PlannedTaper,
                name: "A planned taper with a clinician",
                summary: p(
                    "A planned taper means lowering your dose step by step, on a schedule you set with a clinician. You live at home and check in along the way.",
                    "A planned taper means lowering the dose step by step, on a schedule set with a clinician. They live at home and check in along the way.",
                ),
                in_practice: &[
                    p("Use one steady product and measure every dose.", "They could use one steady product and measure every dose."),
                    p(
                        "Lower the dose slowly, at a pace you set with a clinician.",
                        "The dose could come down slowly, at a pace set with a clinician.",
                    ),
                    p("Start counseling now, while you cut down — not after.", "Counseling could start now, during the taper — not after."),
                    p(
                        "If withdrawal gets too hard, stepping up support is a smart move, not a failure.",
                        "If withdrawal gets too hard, stepping up support is a smart move, not a failure.",
                    ),
                ],
            },
        ),
        (
            TaperKind::OutpatientSupport,
            TaperKindText {
                kind: TaperKind::OutpatientSupport,
                name: "Outpatient support from a clinician or counselor",
                summary: p(
                    "Outpatient support means regular check-ins with a clinician or counselor while you live at home. You can stop, or cut down, with their help.",
                    "Outpatient support means regular check-ins with a clinician or counselor while they live at home. They can stop, or cut down, with that help.",
                ),
                in_practice: &[
                    p(
                        "Meet with a clinician or counselor and check in along the way.",
                        "They could meet with a clinician or counselor and check in along the way.",
                    ),
                    p("Start counseling now, not later.", "Counseling could start now, not later."),
                    p(
                        "If stopping turns out harder than you thought, come back or step up your support.",
                        "If stopping turns out harder than expected, they could come back or step up support.",
                    ),
                ],
            },
        ),
    ],
    cold_turkey_parts: [
        (
            ColdTurkeyPart::Withdrawal,
            p(
                "Stopping all at once could bring severe sleep problems and panic, and a cycle of going back.",
                "Stopping all at once could bring them severe sleep problems and panic, and a cycle of going back.",
            ),
        ),
        (
            ColdTurkeyPart::Sedatives,
            p(
                "You drink or take sedative pills daily. Stopping those suddenly can cause seizures.",
                "They drink or take sedative pills daily. Stopping those suddenly can cause seizures.",
            ),
        ),
        (
            ColdTurkeyPart::Medical,
            p(
                "With your health condition, withdrawal strains the body, so a clinician should plan it.",
                "With their health condition, withdrawal strains the body, so a clinician should plan it.",
            ),
        ),
        (
            ColdTurkeyPart::Pregnancy,
            p(
                "In pregnancy, withdrawal strains your body. Going back to use after a sudden stop is common and risky for you and your baby.",
                "In pregnancy, withdrawal strains the body. Going back to use after a sudden stop is common and risky for them and the baby.",
            ),
        ),
    ],
    contradictions: [
        (
            ContradictionId::NeverStoppedWithIntensity,
            "Said they have never stopped, yet rated how strong withdrawal is",
        ),
        (ContradictionId::NeverStoppedWithDerailed, "Said they have never stopped, yet said withdrawal made them go back"),
        (ContradictionId::NoWithdrawalWithSymptoms, "Said withdrawal is none, yet named withdrawal symptoms"),
    ],
    urgent_lines: UrgentLinesText {
        me: &[
            u(L::CallNow, F::Plain, "Call {emergency} now. Don't drive yourself."),
            u(L::SomeoneWithYou, F::Plain, "If someone is with you, ask them to call and to stay with you."),
            u(
                L::SomeoneWithYou,
                F::WithNaloxone,
                "If someone is with you, ask them to call, stay with you, and give you naloxone if there is some.",
            ),
            u(
                L::CrisisNow,
                F::Plain,
                "Please {reach} {crisis} now. You don't have to explain everything. If you are in danger now or took too much, call {emergency}.",
            ),
            u(L::TellSomeone, F::Plain, "If someone is with you, tell them how you feel and ask them to stay."),
        ],
        them: &[
            u(L::CallNow, F::Plain, "Call {emergency} now."),
            u(L::Naloxone, F::Plain, "If you have naloxone, give it now. It is safe even if you're not sure opioids are involved."),
            u(
                L::Naloxone,
                F::IfWorse,
                "If they become very sleepy, hard to wake, or their breathing slows, give naloxone if you have it.",
            ),
            u(
                L::SeizureSafety,
                F::Plain,
                "Don't hold them down or put anything in their mouth. Move hard things away.",
            ),
            u(L::OnSide, F::Plain, "If they are breathing, lay them on their side."),
            u(L::OnSide, F::AfterShaking, "Once the shaking stops, lay them on their side."),
            u(L::OnSide, F::IfWorse, "If they become hard to wake, lay them on their side."),
            u(
                L::CrisisWithThem,
                F::Plain,
                "Please {reach} {crisis} with them. If they are in danger now or may have taken too much, call {emergency}.",
            ),
            u(L::Stay, F::Plain, "Stay with them until help comes."),
            u(L::Stay, F::IfSafe, "If it is safe for you, stay with them until help comes."),
            u(L::Dispatcher, F::Plain, "The dispatcher will guide you, step by step."),
            u(
                L::RemoveMeans,
                F::Plain,
                "Put away pills, weapons and anything they could hurt themselves with. Don't give them kratom, alcohol or other drugs.",
            ),
        ],
    },
    summary: SummaryText {
        title: "Kratom self-check",
        answers_heading: "The answers given",
        column_question: "Question",
        column_answer: "Answer",
        column_code: "Code",
        not_answered: "Not answered",
        level_heading: "Suggested level of support",
        signs_heading: "Signs in your answers",
        cautions_heading: "What to avoid",
        notes_heading: "Good to know",
        prereqs_heading: "Put these in place first",
        clinic_heading: "Where to get help",
        summary_subtitle: "A summary to keep, or to share with a doctor or counselor.",
        date: "Date",
        urgent_flags_heading: "Urgent signs reported",
        clinician_mapping: "For clinicians (roughly, ASAM Criteria, 3rd ed.)",
        asam_monitor: "Level 0.5, early intervention",
        asam_taper: "Level 1 outpatient, with ambulatory withdrawal management (1-WM)",
        asam_detox: "Medically supported withdrawal management, 2-WM to 3.7-WM (a clinician decides which)",
        asam_residential: "Level 3.x residential, or another higher level of care",
        asam_urgent: "Emergency evaluation now",
        asam_outpatient_support: "Level 1 outpatient, without withdrawal management",
        taper_kind_label: "Kind",
        based_on: "Based on",
        signs_named: "Signs ticked",
        signs_count: "Number of signs",
        signs_band: "Band",
        confidence_heading: "How complete the answers are",
        confidence: "Confidence",
        confidence_ok: "enough of the {deciding} deciding questions were answered",
        confidence_low: "{low_from} or more of the {deciding} deciding questions were skipped or unsure, so the level could be higher or lower",
        skipped: "Questions skipped",
        unsure: "Questions answered “not sure”",
        none_listed: "None",
        left_blank: "(left blank)",
        quote_open: "“",
        quote_close: "”",
        reported_by_other: "Reported by a family member or friend, not by the person.",
        level_label: "Level",
        frequency_unknown: "How often kratom is used is not known, so this check cannot rule out a need for support.",
        ask_first_heading: "Ask first: what this check does not know",
        ask_first: [
            "How much kratom a day, and which product (brand; any 7-OH product)",
            "When the last dose was",
            "Current medicines",
            "Any past treatment, or medication for opioid use disorder (MOUD)",
            "Any history of withdrawal seizures, overdose or suicide attempts",
            "Whether there is naloxone at home",
        ],
        ask_age: "Age (not given)",
        ask_pregnancy: "How many weeks pregnant, or how long since the birth",
        ask_sedatives: "Which sedatives (alcohol, benzodiazepines, opioids, sleeping pills), how much, and whether prescribed",
        ask_other_condition: "What the other health condition is",
        check_these_heading: "Check these answers: they do not fit together",
        sets_level_heading: "Reasons that set the level",
        also_noted_heading: "Also noted",
        counts_at: "Counts at",
        see_signs: "listed in the signs section",
        confidence_ok_name: "enough answers",
        confidence_low_name: "low",
        reason_names: [
            (ReasonId::Environment, "Home makes staying stopped hard"),
            (ReasonId::BroaderPattern, "Two or more other substances"),
            (ReasonId::MentalHealthFlare, "Mental health condition, with severe mood on stopping"),
            (ReasonId::TimeAway, "Needs time away from home to get steady"),
            (ReasonId::ExtractUse, "Extracts or 7-OH products"),
            (ReasonId::NightDosing, "Doses at night, or wakes in withdrawal"),
            (ReasonId::MultipleDailyDoses, "Several doses a day"),
            (ReasonId::SevereMoodOnStopping, "Severe anxiety, panic or low mood on stopping"),
            (ReasonId::MedicalRisk, "Medical condition that raises withdrawal risk"),
            (ReasonId::PsychiatricRisk, "Mental health condition, with dependence and hard withdrawal"),
            (ReasonId::Mixing, "Other substances too"),
            (ReasonId::WithdrawalDerails, "Went back to kratom because of withdrawal"),
            (ReasonId::SevereWithdrawal, "Severe withdrawal"),
            (ReasonId::SignsPresent, "Two or more signs of a use disorder"),
            (ReasonId::DailyUse, "Daily use"),
            (ReasonId::WithdrawalPresent, "Withdrawal symptoms"),
        ],
        band_names: [
            (Band::Few, "few or none"),
            (Band::Mild, "mild"),
            (Band::Moderate, "moderate"),
            (Band::Severe, "severe"),
            (Band::Unknown, "not known (the signs were not answered)"),
        ],
    },
};
