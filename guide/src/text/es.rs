//! Español (EE. UU.), trato de usted. La voz propia y la voz de un ser
//! querido están escritas por separado; ver spec/voice.md.

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

const NOT_SURE: Pair = p("No lo tengo claro", "No lo sé");
const NONE_OF_THESE: Pair = same("Ninguna de estas");
const YES: Pair = same("Sí");
const NO: Pair = same("No");

pub(super) static TEXTS: Texts = Texts {
    lang: Lang::Es,
    framing: Framing {
        not_diagnosis: "Esto no es un diagnóstico. Solo un profesional de la salud puede diagnosticar un trastorno por consumo.",
        sections: ["Seguridad", "Consumo de kratom", "Patrones", "Al dejarlo", "Salud", "Apoyo y planes"],
        not_sure_count: p(
            "Tuvo dudas en {n} de las preguntas. No pasa nada: un profesional puede ayudar a completar lo que falta.",
            "No supo la respuesta de {n} de las preguntas. Es normal: un profesional puede ayudar a completar lo que falta.",
        ),
        skipped_count: p(
            "Se saltó {n} de las preguntas. El resultado sigue siendo útil, y un profesional puede repasar el resto con usted.",
            "Se saltó {n} de las preguntas. El resultado sigue siendo útil, y un profesional puede completar el resto con esa persona.",
        ),
        urgent_heading: "Busque ayuda ahora",
        urgent_body: p(
            "Lo que nos contó necesita ayuda de inmediato. Llame ahora al número de emergencias. Si piensa en el suicidio, llame o envíe un mensaje de texto a la línea de crisis. No tiene que explicarlo todo.",
            "Lo que nos contó necesita ayuda de inmediato. Si esa persona tiene dificultad para respirar, una convulsión, dolor en el pecho o confusión, llame ahora al número de emergencias y quédese a su lado. Si esa persona podría hacerse daño, llame o envíe un mensaje de texto a la línea de crisis junto con ella. Quédese si es seguro para usted, y guarde las pastillas y las armas.",
        ),
        urgent_banner: "Nos contó sobre señales que necesitan ayuda ahora. Si todavía no ha llamado, llame, por favor.",
        pregnancy_lead_no_dependence: p(
            "Como está embarazada o dio a luz hace poco: dejar el kratom ahora es seguro y bueno para su embarazo. Cuéntele a quien le da atención prenatal sobre su consumo.",
            "Como esa persona está embarazada o dio a luz hace poco: dejar el kratom ahora es seguro y bueno para el embarazo. Anímela a contarle a quien le da atención prenatal.",
        ),
        stay_or_away: p(
            "Nos dijo que le costaría mantenerse sin consumir en casa, o que necesitaría tiempo lejos. Lo tomamos en serio. Un profesional de la salud puede ayudarle a decidir si le conviene atención las 24 horas, un programa intensivo o un lugar más estable para vivir.",
            "Nos dijo que a esa persona le costaría mantenerse sin consumir en casa, o que necesitaría tiempo lejos. Lo tomamos en serio. Un profesional de la salud puede ayudar a decidir si le conviene atención las 24 horas, un programa intensivo o un lugar más estable para vivir.",
        ),
        pregnancy_detox: p(
            "La atención de la abstinencia en el embarazo significa que un equipo los mantiene a usted y a su bebé seguros y estables. A menudo eso es una medicina estable como la buprenorfina, no quedarse sin nada.",
            "La atención de la abstinencia en el embarazo significa que un equipo mantiene a esa persona y al bebé seguros y estables. A menudo eso es una medicina estable como la buprenorfina, no quedarse sin nada.",
        ),
        pregnancy_planned_taper: p(
            "En el embarazo, cualquier cambio en su dosis lo planean juntas su atención prenatal y su atención para la adicción. Quizás le sugieran en su lugar una medicina estable como la buprenorfina.",
            "En el embarazo, cualquier cambio en la dosis de esa persona lo planean juntas su atención prenatal y su atención para la adicción. Quizás le sugieran en su lugar una medicina estable como la buprenorfina.",
        ),
        pregnancy_steps: &[
            p(
                "Cuéntele a quien le da atención prenatal sobre su consumo de kratom, y pídale que trabaje con un profesional en adicciones.",
                "Podría contarle a quien le da atención prenatal sobre su consumo de kratom y pedir también un profesional en adicciones.",
            ),
            p(
                "Pregunte por una medicina estable como la buprenorfina. No lo deje de golpe por su cuenta.",
                "Podría preguntar por una medicina estable como la buprenorfina, y no dejarlo de golpe por su cuenta.",
            ),
            p(
                "Después del parto, quizás haya que observar al bebé unos días. El equipo puede planearlo.",
                "Después del parto, quizás haya que observar al bebé unos días. El equipo puede planearlo con esa persona.",
            ),
        ],
        taper_moud: p(
            "Un profesional de la salud también podría ofrecerle una medicina para el trastorno por consumo de opioides (MOUD), como la buprenorfina, en lugar de la reducción gradual o junto con ella.",
            "Un profesional de la salud también podría ofrecerle a esa persona una medicina para el trastorno por consumo de opioides (MOUD), como la buprenorfina, en lugar de la reducción gradual o junto con ella.",
        ),
        pregnancy_lead: p(
            "Como está embarazada o dio a luz hace poco, no deje el kratom de golpe por su cuenta. Planee cada paso junto con su atención prenatal y su atención para la adicción.",
            "Como esa persona está embarazada o dio a luz hace poco, no debería dejar el kratom de golpe por su cuenta. Su atención prenatal y su atención para la adicción deberían planear juntas cada paso.",
        ),
    },
    questions: [
        QuestionText {
            q: Q::Who,
            legend: p("¿Para quién es esta evaluación?", "¿Para quién está haciendo esta evaluación?"),
            hint: p(
                "Adaptaremos las preguntas. Si es para otra persona, agregaremos ideas sobre cómo puede ayudar.",
                "Elija de quién tratan las respuestas. Puede empezar de nuevo en cualquier momento para cambiarlo.",
            ),
            options: &[o("self", same("Para mí")), o("loved_one", same("Para alguien que me importa"))],
        },
        QuestionText {
            q: Q::UrgentNow,
            legend: p(
                "En este momento, ¿le está pasando algo de esto? Marque todas las que correspondan.",
                "En este momento, ¿a la persona que le preocupa le pasa algo de esto? Marque todas las que correspondan.",
            ),
            hint: p(
                "Preguntamos esto primero porque pueden ser emergencias. Si alguna corresponde, le mostraremos cómo conseguir ayuda de inmediato.",
                "Estas señales pueden indicar una emergencia, por eso preguntamos primero. Si alguna corresponde, le mostraremos a quién llamar.",
            ),
            options: &[
                o(
                    "breathing",
                    p(
                        "Dificultad para respirar, mucho sueño o no poder mantenerse despierto(a)",
                        "Dificultad para respirar, mucha somnolencia o no poder mantenerse despierto(a)",
                    ),
                ),
                o("heart", same("Dolor en el pecho, desmayo o latidos peligrosamente rápidos")),
                o("seizure", same("Una convulsión")),
                o("confusion", same("Confusión grave, ver u oír cosas que no existen, o agitación intensa")),
                o(
                    "suicide",
                    p(
                        "Pensamientos de suicidio o de hacerse daño, o una depresión repentina y grave",
                        "Pensamientos o comentarios sobre el suicidio o sobre hacerse daño, o una depresión repentina y grave",
                    ),
                ),
                o("none", NONE_OF_THESE),
            ],
        },
        QuestionText {
            q: Q::AgeBand,
            legend: p("¿Cuántos años tiene?", "¿Cuántos años tiene esa persona?"),
            hint: p(
                "La atención puede cambiar según la edad. Puede preferir no decirlo: el resultado funciona igual.",
                "La atención para jóvenes puede ser distinta. Si no lo sabe o prefiere no decirlo, el resultado funciona igual.",
            ),
            options: &[
                o("under_18", same("Menos de 18")),
                o("18_25", same("De 18 a 25")),
                o("26_plus", same("26 o más")),
                o("prefer_not", same("Prefiero no decirlo")),
            ],
        },
        QuestionText {
            q: Q::Products,
            legend: p(
                "¿Qué productos de kratom usa? Marque todas las que correspondan.",
                "¿Qué productos de kratom usa esa persona? Marque todas las que correspondan.",
            ),
            hint: p(
                "La potencia cambia mucho de un producto a otro. Los extractos y los shots suelen ser mucho más fuertes que la hoja o el polvo.",
                "La potencia varía mucho entre productos. Los extractos y los shots suelen ser mucho más fuertes, y eso influye en cómo dejarlo con seguridad.",
            ),
            options: &[
                o("powder_leaf", same("Polvo u hoja")),
                o("capsules", same("Cápsulas")),
                o("extract_or_shot", same("Extractos, shots o líquidos concentrados")),
                o("seven_oh", same("Productos de 7-OH (tabletas, gomitas o shots que se venden como 7-OH)")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::Frequency,
            legend: p(
                "¿Con qué frecuencia usa kratom últimamente?",
                "Que usted sepa, ¿con qué frecuencia usa kratom esa persona últimamente?",
            ),
            hint: p(
                "Usarlo varias veces al día puede causar una abstinencia más fuerte. Eso influye en qué apoyo es más seguro.",
                "La frecuencia da una idea de qué tan fuerte podría ser la abstinencia. Basta con un cálculo aproximado.",
            ),
            options: &[
                o("less_than_weekly", same("Menos de una vez por semana")),
                o("weekly", same("Una vez por semana o más, pero no a diario")),
                o("daily_once", same("Una vez al día")),
                o("daily_2_3", same("2 o 3 veces al día")),
                o("daily_4_plus", same("4 o más veces al día")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::NightDosing,
            legend: p(
                "¿Se despierta necesitando una dosis, o toma kratom durante la noche?",
                "¿Esa persona se despierta necesitando una dosis, o toma kratom durante la noche?",
            ),
            hint: p(
                "Despertarse con abstinencia muestra que el cuerpo ha llegado a depender del kratom. Nos ayuda a calcular cuánto apoyo planear.",
                "Tomar dosis de noche o despertar con abstinencia indica una dependencia física fuerte. Si no lo sabe, no pasa nada.",
            ),
            options: &[o("yes", YES), o("no", NO), o("not_sure", NOT_SURE)],
        },
        QuestionText {
            q: Q::Duration,
            legend: p(
                "¿Desde hace cuánto tiempo usa kratom con regularidad?",
                "¿Desde hace cuánto tiempo usa kratom con regularidad esa persona?",
            ),
            hint: p(
                "Un consumo más largo e intenso puede hacer más difícil dejarlo. También puede abrir más opciones de tratamiento.",
                "Mucho tiempo de consumo puede dificultar dejarlo y cambiar lo que ofrezca un profesional de la salud. Basta con una idea aproximada.",
            ),
            options: &[
                o("under_1_month", same("Menos de un mes")),
                o("1_6_months", same("De 1 a 6 meses")),
                o("6_12_months", same("De 6 a 12 meses")),
                o("over_1_year", same("Más de un año")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::MeasuresDoses,
            legend: p(
                "¿Usa siempre el mismo producto y mide cada dosis?",
                "¿Esa persona usa siempre el mismo producto y mide cada dosis?",
            ),
            hint: p(
                "Una reducción gradual segura necesita dosis medidas. Los productos varían, y la misma cucharada puede tener cantidades muy distintas.",
                "Bajar la dosis poco a poco funciona mejor con un solo producto, medido cada vez. Los productos varían mucho.",
            ),
            options: &[
                o("yes", same("Sí: un solo producto, medido cada vez")),
                o("sometimes", same("A veces")),
                o("no", NO),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::StartedFor,
            legend: p(
                "¿Para qué empezó a usar kratom? Marque todas las que correspondan.",
                "Que usted sepa, ¿para qué empezó a usar kratom esa persona? Marque todas las que correspondan.",
            ),
            hint: p(
                "Los motivos para empezar suelen seguir pesando. Un buen plan también los atiende, no solo el kratom.",
                "Saber por qué empezó ayuda a que el plan cubra lo que el kratom le daba, como alivio del dolor o de la preocupación.",
            ),
            options: &[
                o("energy", same("Energía o concentración")),
                o("pain", same("Dolor")),
                o("mood_anxiety", same("Estado de ánimo, estrés o ansiedad")),
                o("opioid_withdrawal", same("Para dejar los opioides o aliviar su abstinencia")),
                o("other", same("Otra cosa")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::OtherSubstances,
            legend: p(
                "¿También usa algo de esto? Marque todas las que correspondan.",
                "¿Esa persona también usa algo de esto? Marque todas las que correspondan.",
            ),
            hint: p(
                "Algunas mezclas, sobre todo con alcohol o sedantes, pueden hacer más lenta la respiración. Preguntamos por seguridad, no para juzgar.",
                "Mezclar kratom con alcohol o sedantes puede frenar la respiración. Saberlo ayuda a elegir un apoyo más seguro. Es por seguridad, no para culpar.",
            ),
            options: &[
                o("alcohol", same("Alcohol")),
                o("benzodiazepines", same("Benzodiacepinas (como Xanax, Valium o Klonopin)")),
                o("opioids", same("Opioides (como analgésicos recetados, heroína o fentanilo)")),
                o("sleep_aids_sedatives", same("Pastillas para dormir u otros sedantes")),
                o("stimulants", same("Estimulantes (como cocaína o metanfetamina)")),
                o("other_drugs", same("Otras drogas")),
                o("none", NONE_OF_THESE),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::SedativeFrequency,
            legend: p(
                "¿Con qué frecuencia toma alcohol o pastillas para dormir o para la ansiedad? Piense en lo que más usa.",
                "¿Cada cuánto esa persona toma alcohol o pastillas para dormir o la ansiedad? Piense en lo que más usa.",
            ),
            hint: p(
                "Dejar estas sustancias de golpe después de usarlas seguido puede ser peligroso, por eso importa la frecuencia.",
                "Si las usa seguido, dejarlas de golpe puede ser peligroso para esa persona, por eso importa la frecuencia.",
            ),
            options: &[
                o("daily", same("Todos o casi todos los días")),
                o("weekly", same("Al menos una vez por semana, pero no a diario")),
                o("less_than_weekly", same("Menos de una vez por semana")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::Signs,
            legend: p(
                "En el último año, ¿le ha pasado algo de esto? Marque todas las que correspondan.",
                "En el último año, ¿ha notado algo de esto en esa persona? Marque todas las que correspondan.",
            ),
            hint: p(
                "Son señales comunes de que el consumo se está volviendo un problema. Marcar algunas no es un diagnóstico: muestra dónde ayudaría el apoyo.",
                "Son señales comunes de que el consumo se está volviendo un problema. Marque solo lo que ha visto o le han contado.",
            ),
            options: &[
                o(
                    "cut_down_failed",
                    p("He intentado reducirlo o dejarlo y no he podido", "Ha intentado reducirlo o dejarlo y no ha podido"),
                ),
                o(
                    "more_than_planned",
                    p(
                        "Uso más de lo que pensaba, o más temprano en el día",
                        "Usa más de lo que pensaba, o más temprano en el día",
                    ),
                ),
                o(
                    "time_spent",
                    p(
                        "Gran parte de mi día se va en conseguir kratom, usarlo o reponerme",
                        "Gran parte de su día se va en conseguir kratom, usarlo o reponerse",
                    ),
                ),
                o(
                    "cravings",
                    p(
                        "Siento ganas fuertes de consumir, o pánico de quedarme sin kratom",
                        "Siente ganas fuertes de consumir, o pánico de quedarse sin kratom",
                    ),
                ),
                o(
                    "obligations",
                    p(
                        "Me estoy atrasando en el trabajo, la escuela o la casa",
                        "Se está atrasando en el trabajo, la escuela o la casa",
                    ),
                ),
                o(
                    "relationships",
                    p(
                        "Escondo mi consumo, o me causa conflictos con la gente cercana",
                        "Esconde su consumo, o le causa conflictos con la gente cercana",
                    ),
                ),
                o(
                    "gave_up_activities",
                    p(
                        "Evito viajes, eventos o cosas que disfruto por mi horario de dosis",
                        "Evita viajes, eventos o cosas que disfruta por su horario de dosis",
                    ),
                ),
                o(
                    "risky_situations",
                    p(
                        "Lo uso antes de manejar o de otras tareas en las que puede ser peligroso",
                        "Lo usa antes de manejar o de otras tareas en las que puede ser peligroso",
                    ),
                ),
                o(
                    "despite_harm",
                    p(
                        "Sigo usándolo a pesar de efectos como estreñimiento, náuseas, mal sueño, corazón acelerado o ánimo bajo",
                        "Sigue usándolo a pesar de efectos como estreñimiento, náuseas, mal sueño, corazón acelerado o ánimo bajo",
                    ),
                ),
                o(
                    "tolerance",
                    p("Necesito más kratom que antes para sentir lo mismo", "Necesita más kratom que antes para sentir lo mismo"),
                ),
                o(
                    "withdrawal",
                    p(
                        "Sin kratom tengo malestar, ansiedad, tristeza o irritabilidad, o lo uso para quitarme esa sensación",
                        "Sin kratom tiene malestar, ansiedad, tristeza o irritabilidad, o lo usa para quitarse esa sensación",
                    ),
                ),
                o("none", NONE_OF_THESE),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::WithdrawalSymptoms,
            legend: p(
                "Cuando pasa un tiempo sin kratom, ¿qué nota? Marque todas las que correspondan.",
                "Cuando esa persona pasa tiempo sin kratom, ¿qué ha visto o le han contado? Marque todas las que correspondan.",
            ),
            hint: p(
                "La abstinencia suele mezclar síntomas del cuerpo y de las emociones. Sus respuestas dan forma al kit de alivio de su plan.",
                "La abstinencia puede afectar el cuerpo y el ánimo. Lo que usted ha notado da forma a las ideas de alivio del plan.",
            ),
            options: &[
                o("runny_nose_yawning", same("Goteo de nariz, ojos llorosos o bostezos")),
                o("sweats_chills", same("Sudores, escalofríos o sensación de calor y frío")),
                o("aches_restless_legs", same("Dolores musculares o piernas inquietas")),
                o("stomach", same("Náuseas, diarrea o cólicos estomacales")),
                o("headache_fatigue", same("Dolor de cabeza o cansancio")),
                o("sleep", same("Problemas para dormir")),
                o("anxiety_panic", same("Ansiedad o pánico")),
                o("irritability", same("Irritabilidad, enojo o nervios de punta")),
                o("low_mood", same("Ánimo bajo o ganas de llorar")),
                o("cravings_wired", same("Ganas fuertes de consumir, o inquietud y agotamiento a la vez")),
                o("brain_fog", same("Mente nublada o dificultad para concentrarse")),
                o("none", NONE_OF_THESE),
                o("never_stopped", p("No he pasado tiempo sin kratom", "Que yo sepa, no ha pasado tiempo sin kratom")),
            ],
        },
        QuestionText {
            q: Q::WithdrawalIntensity,
            legend: p(
                "Cuando pasa tiempo sin kratom, ¿qué tan fuerte se siente la abstinencia?",
                "Cuando esa persona pasa tiempo sin kratom, ¿qué tan fuerte parece su abstinencia?",
            ),
            hint: p(
                "Qué tan fuerte es la abstinencia ayuda a ver qué tipo de apoyo es el comienzo más seguro.",
                "Esto ayuda a ver qué tipo de apoyo es el comienzo más seguro. Basta con su mejor cálculo.",
            ),
            options: &[
                o("none", same("Sin abstinencia")),
                o("mild", same("Leve: incómoda pero manejable")),
                o("moderate", same("Moderada: cuesta pasar el día")),
                o("severe", same("Grave: es muy difícil funcionar o aguantarla")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::Derailed,
            legend: p(
                "¿Ha vuelto al kratom pocos días después de dejarlo porque la abstinencia era demasiado dura?",
                "¿Esa persona ha vuelto al kratom pocos días después de dejarlo porque la abstinencia era demasiado dura?",
            ),
            hint: p(
                "Le pasa a mucha gente y no es un fallo personal. Indica que más apoyo podría hacer más fácil dejarlo.",
                "Es algo común y no un defecto de esa persona. Sugiere que más apoyo podría ayudar la próxima vez.",
            ),
            options: &[
                o("never_tried", p("No he intentado dejarlo", "No ha intentado dejarlo")),
                o("no", NO),
                o("once", same("Sí, una vez")),
                o("repeatedly", same("Sí, más de una vez")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::MoodWhenStopping,
            legend: p(
                "Cuando reduce o deja el kratom, ¿qué pasa con su ánimo y su ansiedad?",
                "Cuando esa persona reduce o deja el kratom, ¿qué pasa con su ánimo y su ansiedad?",
            ),
            hint: p(
                "Tener ansiedad o depresión fuerte al dejarlo es motivo para contar con apoyo médico y de salud mental cerca.",
                "Si hay ansiedad o depresión grave durante la abstinencia, el plan debe incluir atención médica y de salud mental.",
            ),
            options: &[
                o("none", same("Ningún cambio real")),
                o("manageable", same("Más difícil, pero manejable")),
                o("severe", same("Ansiedad, pánico o depresión graves")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::Medical,
            legend: p(
                "¿Tiene alguno de estos problemas de salud? Marque todas las que correspondan.",
                "¿Esa persona tiene alguno de estos problemas de salud? Marque todas las que correspondan.",
            ),
            hint: p(
                "Algunos problemas de salud hacen más riesgoso dejarlo de golpe. En esos casos, un profesional de la salud debe ayudar a planear la abstinencia.",
                "Algunos problemas de salud hacen más riesgosa la abstinencia, así que un profesional de la salud debería participar en el plan.",
            ),
            options: &[
                o("seizures", same("Antecedentes de convulsiones")),
                o("heart_rhythm", same("Problemas del ritmo cardíaco")),
                o("liver", same("Problemas del hígado")),
                o("other_complex", same("Otro problema de salud grave o complejo")),
                o("pregnant_postpartum", same("Embarazo, o un parto en el último año")),
                o("none", NONE_OF_THESE),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::MentalHealth,
            legend: p(
                "¿Le afecta alguna de estas? Marque todas las que correspondan.",
                "¿Alguna de estas afecta a la persona que le preocupa? Marque todas las que correspondan.",
            ),
            hint: p(
                "Mucha gente usa kratom para sobrellevar lo que siente. La atención que trata ambas cosas funciona mejor. No hace falta un diagnóstico.",
                "El kratom suele ser una forma de sobrellevar emociones. La atención funciona mejor si trata ambas cosas. No hace falta un diagnóstico formal.",
            ),
            options: &[
                o("depression", same("Depresión o ánimo bajo que no se va")),
                o("anxiety_panic", same("Ansiedad o pánico")),
                o("trauma", same("Trauma o TEPT (estrés postraumático)")),
                o("adhd_restlessness", same("TDAH o inquietud constante")),
                o("other", same("Otro problema de salud mental")),
                o("none", NONE_OF_THESE),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::Support,
            legend: p(
                "¿Cuánto apoyo tiene de las personas a su alrededor?",
                "¿Cuánto apoyo tiene esa persona, incluido el suyo?",
            ),
            hint: p(
                "Reducir el consumo en casa es más fácil con gente que conoce su plan y puede ayudar en los días difíciles.",
                "Una reducción gradual en casa funciona mejor con apoyo constante alrededor. Su cariño también cuenta.",
            ),
            options: &[
                o("strong", p("Mucho: personas con las que puedo contar", "Mucho: personas con las que puede contar")),
                o("some", same("Algo")),
                o("none", same("Muy poco o nada")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::TriggerAccess,
            legend: p(
                "¿Qué tan fácil le resulta evitar el kratom y lo que le despierta las ganas?",
                "¿Qué tan fácil le resulta a esa persona alejarse del kratom y de lo que le despierta las ganas?",
            ),
            hint: p(
                "Los detonantes son personas, lugares o emociones que despiertan las ganas. Si el kratom está a la mano, reducir en casa cuesta más.",
                "Si el kratom y los detonantes están a la mano, reducir en casa es más difícil. Pueden ser lugares, personas o emociones.",
            ),
            options: &[
                o("low", p("Bastante fácil: puedo mantenerme lejos", "Bastante fácil: puede mantenerse lejos")),
                o("high", p("Difícil: está por todas partes a mi alrededor", "Difícil: está por todas partes a su alrededor")),
                o("not_sure", NOT_SURE),
            ],
        },
        QuestionText {
            q: Q::CanStayStoppedHere,
            legend: p(
                "¿Cree que podría mantenerse sin kratom en el lugar donde vive ahora?",
                "¿Cree que esa persona podría mantenerse sin kratom donde vive ahora?",
            ),
            hint: p(
                "Algunos hogares son estresantes, inseguros o están llenos de recordatorios. No es su culpa, pero puede cambiar qué apoyo conviene.",
                "Un hogar estresante, inseguro o lleno de recordatorios puede dificultar la recuperación y cambiar qué apoyo conviene.",
            ),
            options: &[
                o("yes", YES),
                o("not_sure", NOT_SURE),
                o("no", same("No: el hogar es caótico o inseguro, o hay kratom por todas partes")),
            ],
        },
        QuestionText {
            q: Q::NeedTimeAway,
            legend: p(
                "Para estabilizarse, ¿necesitaría quedarse fuera de casa, en un lugar con apoyo las 24 horas?",
                "Para estabilizarse, ¿esa persona necesitaría quedarse fuera de casa, en un lugar con apoyo las 24 horas?",
            ),
            hint: p(
                "No se trata de si un descanso le vendría bien. Preguntamos si solo podría estabilizarse con atención de día y de noche.",
                "No se trata de si un descanso le vendría bien. Preguntamos si esa persona solo podría estabilizarse con atención de día y de noche.",
            ),
            options: &[o("yes", YES), o("no", NO), o("not_sure", NOT_SURE)],
        },
        QuestionText {
            q: Q::Considering,
            legend: p(
                "¿Cuáles de estas opciones está pensando probar? Marque todas las que correspondan.",
                "¿Cuáles de estas opciones está considerando o probando esa persona? Marque todas las que correspondan.",
            ),
            hint: p(
                "Algunas ideas populares pueden salir mal. Le señalaremos las que tienen riesgos y le sugeriremos opciones más seguras.",
                "Algunos métodos comunes pueden salir mal. Señalaremos los riesgosos y sugeriremos opciones más seguras que puede compartir.",
            ),
            options: &[
                o("cold_turkey", same("Dejarlo de golpe, de un día para otro")),
                o("detox_kit", same("Un kit de desintoxicación de una tienda o de internet")),
                o("switch_to_extract", same("Cambiar a extractos o shots para reducir")),
                o("otc_high_dose", same("Grandes cantidades de medicinas sin receta para aguantar la abstinencia")),
                o("self_taper", p("Reducirlo poco a poco por mi cuenta", "Reducirlo poco a poco por su cuenta")),
                o("clinician", same("Hablar con un médico o consejero")),
                o("not_sure", p("Todavía no lo tengo claro", "No lo sé")),
            ],
        },
    ],
    levels: [
        LevelText {
            level: Level::Monitor,
            name: "Observar y llevar un registro",
            summary: p(
                "Sus respuestas no indican que necesite tratamiento ahora mismo. Llevar un registro breve de su consumo le ayuda a notar cambios a tiempo.",
                "Por lo que nos contó, es posible que esa persona no necesite tratamiento ahora. Aun así, vale la pena notar los cambios a tiempo.",
            ),
            in_practice: &[
                p(
                    "Durante 3 a 5 días, anote qué toma, cuánto y cuándo.",
                    "Invite a esa persona a anotar qué toma, cuánto y cuándo, durante 3 a 5 días.",
                ),
                p(
                    "Fíjese en qué le empuja hacia una dosis: estrés, dolor, cansancio o aburrimiento.",
                    "Mantenga la calma y la curiosidad: las preguntas suelen funcionar mejor que las advertencias.",
                ),
                p(
                    "Vuelva a esta evaluación si su consumo aumenta o si dejarlo se vuelve difícil.",
                    "Vuelva a esta evaluación si el consumo de esa persona aumenta o si dejarlo se vuelve difícil.",
                ),
            ],
        },
        LevelText {
            level: Level::Taper,
            name: "Una reducción gradual y planificada, con apoyo ambulatorio",
            summary: p(
                "Una reducción gradual significa bajar la dosis paso a paso, con un horario fijo. Con apoyo ambulatorio, usted vive en casa y consulta con un profesional de la salud o un consejero durante el proceso.",
                "Una reducción gradual significa bajar la dosis paso a paso, con un horario fijo. Con apoyo ambulatorio, esa persona vive en casa y consulta con un profesional de la salud o un consejero durante el proceso.",
            ),
            in_practice: &[
                p("Use un solo producto y mida cada dosis.", "Esa persona usa un solo producto y mide cada dosis."),
                p(
                    "Baje la dosis despacio, con un profesional de la salud que ayude a marcar el ritmo.",
                    "Un profesional de la salud ayuda a marcar el ritmo, para que la dosis baje despacio.",
                ),
                p(
                    "Empiece la consejería ahora, mientras reduce, no después.",
                    "La consejería empieza ahora, durante la reducción, no después.",
                ),
                p(
                    "Si la abstinencia se vuelve demasiado dura, pedir más apoyo es una decisión inteligente, no un fracaso.",
                    "Si la abstinencia se vuelve demasiado dura, pedir más apoyo es una decisión inteligente, no un fracaso.",
                ),
            ],
        },
        LevelText {
            level: Level::Detox,
            name: "Desintoxicación con apoyo médico",
            summary: p(
                "La desintoxicación consiste en unos días de atención médica mientras su cuerpo se adapta a estar sin kratom. Le da más seguridad y comodidad, y es el primer paso, no todo el tratamiento.",
                "La desintoxicación consiste en unos días de atención médica mientras el cuerpo se adapta a estar sin kratom. Le da a esa persona más seguridad y comodidad: es un primer paso, con más atención después.",
            ),
            in_practice: &[
                p(
                    "El personal está pendiente de usted. Trata las náuseas, la diarrea, los sudores, el dolor y el mal sueño, y a veces usa una medicina como la buprenorfina.",
                    "El personal está pendiente de esa persona. Trata las náuseas, la diarrea, los sudores, el dolor y el mal sueño, y a veces usa una medicina como la buprenorfina.",
                ),
                p(
                    "Puede hacerse en una clínica, en una unidad de hospital o con atención ambulatoria cercana; un profesional de la salud ayuda a decidir.",
                    "Puede hacerse en una clínica, en una unidad de hospital o con atención ambulatoria cercana; un profesional de la salud ayuda a decidir.",
                ),
                p(
                    "Prepare terapia y apoyo para después, para que el avance se mantenga.",
                    "La terapia y el apoyo se planean para después, para que el avance se mantenga.",
                ),
            ],
        },
        LevelText {
            level: Level::Residential,
            name: "Tratamiento residencial u otro nivel de atención más alto",
            summary: p(
                "El tratamiento residencial significa vivir un tiempo en un centro de tratamiento, con atención las 24 horas. Le da distancia del estrés diario y de los detonantes mientras se estabiliza.",
                "El tratamiento residencial significa vivir un tiempo en un centro de tratamiento, con atención las 24 horas. Le da a esa persona distancia del estrés diario y de los detonantes mientras se estabiliza.",
            ),
            in_practice: &[
                p(
                    "Suele empezar con la desintoxicación, seguida de terapia y grupos diarios.",
                    "Suele empezar con la desintoxicación, seguida de terapia y grupos diarios.",
                ),
                p(
                    "La duración varía; el equipo la planea con usted.",
                    "La duración varía; el equipo la planea con esa persona.",
                ),
                p(
                    "Antes de salir, usted planea dónde vivirá y quién le apoyará. Algunas personas se mudan a una vivienda de apoyo para la recuperación (sober living), un hogar compartido sin alcohol ni drogas.",
                    "Antes de salir, esa persona planea dónde vivirá y quién la apoyará. Algunas personas se mudan a una vivienda de apoyo para la recuperación (sober living), un hogar compartido sin alcohol ni drogas.",
                ),
            ],
        },
        LevelText {
            level: Level::Urgent,
            name: "Busque ayuda urgente ahora",
            summary: p(
                "Algo de lo que nos contó puede ser una emergencia. Llame ahora para pedir ayuda: los números están aquí mismo.",
                "Algo de lo que nos contó sobre esa persona puede ser una emergencia. Llame ahora para pedir ayuda: los números están aquí mismo.",
            ),
            in_practice: &[
                p(
                    "Llame al número de emergencias ahora, o vaya a la sala de emergencias más cercana. No maneje usted.",
                    "Si esa persona tiene dificultad para respirar, una convulsión, dolor en el pecho o confusión grave, llame ahora al número de emergencias. Quédese con ella hasta que llegue la ayuda.",
                ),
                p(
                    "Si tiene pensamientos de suicidio, llame o envíe un mensaje de texto a la línea de crisis. Alguien hablará con usted ahora mismo.",
                    "Si cree que esa persona podría estar pensando en el suicidio, llame o envíe un texto a la línea de crisis (el 988 en EE. UU.) junto con ella. Quédese a su lado si es seguro para usted.",
                ),
                p(
                    "Si alguien está con usted, cuéntele lo que está pasando.",
                    "Ponga fuera de su alcance todo lo que pueda usar para hacerse daño, como pastillas o armas. No le dé más kratom, alcohol ni otras drogas.",
                ),
            ],
        },
    ],
    reasons: [
        (
            ReasonId::Environment,
            p(
                "Usted dijo que ahora mismo le sería difícil o inseguro mantenerse sin kratom en su casa.",
                "Usted dijo que ahora mismo a esa persona le sería difícil o inseguro mantenerse sin kratom en su casa.",
            ),
        ),
        (
            ReasonId::BroaderPattern,
            p(
                "Usted dijo que también usa otras dos sustancias o más, así que el kratom es parte de un patrón más amplio.",
                "Usted dijo que esa persona también usa otras dos sustancias o más, así que el kratom es parte de un patrón más amplio.",
            ),
        ),
        (
            ReasonId::MentalHealthFlare,
            p(
                "Usted dijo que al dejarlo su ánimo cae mucho y que tiene un problema de salud mental.",
                "Usted dijo que al dejarlo el ánimo de esa persona cae mucho y que tiene un problema de salud mental.",
            ),
        ),
        (
            ReasonId::TimeAway,
            p(
                "Usted dijo que necesitaría estar fuera de casa, con apoyo las 24 horas, para estabilizarse.",
                "Usted dijo que esa persona necesitaría estar fuera de casa, con apoyo las 24 horas, para estabilizarse.",
            ),
        ),
        (
            ReasonId::ExtractUse,
            p(
                "Usted dijo que usa extractos, shots o productos de 7-OH, que suelen ser mucho más fuertes que la hoja o el polvo.",
                "Usted dijo que esa persona usa extractos, shots o productos de 7-OH, que suelen ser mucho más fuertes que la hoja o el polvo.",
            ),
        ),
        (
            ReasonId::NightDosing,
            p(
                "Usted dijo que se despierta necesitando una dosis o que toma kratom de noche, señal de que su cuerpo depende de él todo el día.",
                "Usted dijo que esa persona se despierta necesitando una dosis o toma kratom de noche, señal de que su cuerpo depende de él todo el día.",
            ),
        ),
        (
            ReasonId::MultipleDailyDoses,
            p(
                "Usted dijo que usa kratom más de una vez al día.",
                "Usted dijo que esa persona usa kratom más de una vez al día.",
            ),
        ),
        (
            ReasonId::SevereMoodOnStopping,
            p(
                "Usted dijo que al dejarlo siente ansiedad, pánico o tristeza muy fuertes.",
                "Usted dijo que al dejarlo esa persona siente ansiedad, pánico o tristeza muy fuertes.",
            ),
        ),
        (
            ReasonId::MedicalRisk,
            p(
                "Usted dijo que tiene un problema de salud o está embarazada, y la abstinencia puede ser dura para el cuerpo.",
                "Usted dijo que esa persona tiene un problema de salud o está embarazada, y la abstinencia puede ser dura para el cuerpo.",
            ),
        ),
        (
            ReasonId::PsychiatricRisk,
            p(
                "Usted dijo que tiene depresión, ansiedad o un trauma, y que dejarlo le afecta mucho.",
                "Usted dijo que esa persona tiene depresión, ansiedad o un trauma, y que dejarlo le afecta mucho.",
            ),
        ),
        (
            ReasonId::Mixing,
            p(
                "Usted dijo que también usa otras sustancias, y mezclarlas con kratom aumenta los riesgos.",
                "Usted dijo que esa persona también usa otras sustancias, y mezclarlas con kratom aumenta los riesgos.",
            ),
        ),
        (
            ReasonId::WithdrawalDerails,
            p(
                "Usted dijo que la abstinencia ya le hizo volver al kratom antes, algo que les pasa a muchas personas.",
                "Usted dijo que la abstinencia ya hizo que esa persona volviera al kratom antes, algo que les pasa a muchas personas.",
            ),
        ),
        (
            ReasonId::SevereWithdrawal,
            p(
                "Usted dijo que su abstinencia se siente fuerte.",
                "Usted dijo que la abstinencia de esa persona parece fuerte.",
            ),
        ),
        (
            ReasonId::SignsPresent,
            p(
                "Usted dijo que nota dos o más señales de un problema de consumo.",
                "Usted dijo que ha notado dos o más señales de un problema de consumo en esa persona.",
            ),
        ),
        (
            ReasonId::DailyUse,
            p(
                "Usted dijo que usa kratom una vez al día, todos los días.",
                "Usted dijo que esa persona usa kratom una vez al día, todos los días.",
            ),
        ),
        (
            ReasonId::WithdrawalPresent,
            p(
                "Usted dijo que tiene síntomas de abstinencia cuando no lo usa.",
                "Usted dijo que esa persona parece tener síntomas de abstinencia cuando no lo usa.",
            ),
        ),
    ],
    prereqs: [
        (
            Prereq::MeasureDoses,
            p(
                "Elija un solo producto y mida cada dosis, para que cada paso de la reducción sea predecible.",
                "Esa persona necesitará un solo producto, medido en cada dosis, para que cada paso de la reducción sea predecible.",
            ),
        ),
        (
            Prereq::Support,
            p(
                "Asegúrese de tener al menos a una persona que conozca su plan y pueda ayudarle en los días difíciles.",
                "Asegúrese de que esa persona tenga al menos a alguien, quizás usted, que conozca el plan y pueda ayudarle en los días difíciles.",
            ),
        ),
        (
            Prereq::Triggers,
            p(
                "Reduzca el acceso fácil al kratom y prepare un plan para sus detonantes antes de empezar.",
                "Hable con esa persona sobre cómo reducir el acceso fácil al kratom y prepararse para los detonantes antes de empezar.",
            ),
        ),
    ],
    bands: [
        p(
            "Notó pocas o ninguna señal de un trastorno por consumo. Esto no es un diagnóstico.",
            "Notó pocas o ninguna señal de un trastorno por consumo en esa persona. Esto no es un diagnóstico.",
        ),
        p(
            "Sus respuestas muestran un patrón que parece un trastorno por consumo leve; solo un profesional de la salud puede hacer un diagnóstico.",
            "Lo que ha notado encaja con un patrón que parece un trastorno por consumo leve; solo un profesional de la salud puede hacer un diagnóstico.",
        ),
        p(
            "Sus respuestas muestran un patrón que parece un trastorno por consumo moderado; solo un profesional de la salud puede hacer un diagnóstico.",
            "Lo que ha notado encaja con un patrón que parece un trastorno por consumo moderado; solo un profesional de la salud puede hacer un diagnóstico.",
        ),
        p(
            "Sus respuestas muestran un patrón que parece un trastorno por consumo grave; solo un profesional de la salud puede hacer un diagnóstico.",
            "Lo que ha notado encaja con un patrón que parece un trastorno por consumo grave; solo un profesional de la salud puede hacer un diagnóstico.",
        ),
        p(
            "No se respondió la lista de señales, así que esta evaluación no puede describir un patrón. Solo un profesional de la salud puede hacer un diagnóstico.",
            "No se respondió la lista de señales sobre esa persona, así que esta evaluación no puede describir un patrón. Solo un profesional de la salud puede hacer un diagnóstico.",
        ),
    ],
    cautions: [
        (
            CautionId::DetoxKit,
            t(
                "Evite los kits de desintoxicación y los métodos rápidos",
                "Los productos que prometen sacar el kratom del cuerpo rápido pueden tener ingredientes desconocidos o estimulantes. Sus laxantes pueden deshidratarle. También pueden empeorar la ansiedad y el sueño, y así es más probable volver a consumir. Lo que ayuda es una atención constante mientras su cuerpo se reajusta.",
                "Los productos que prometen sacar el kratom del cuerpo rápido pueden tener ingredientes desconocidos o estimulantes. Sus laxantes pueden deshidratar a la persona. También pueden empeorar la ansiedad y el sueño, y así es más probable volver a consumir. Lo que ayuda es una atención constante mientras el cuerpo de esa persona se reajusta.",
            ),
        ),
        (
            CautionId::ExtractSwitch,
            t(
                "No cambie a extractos para reducir",
                "Un shot puede parecer una dosis más pequeña, pero los extractos suelen ser mucho más fuertes. La dependencia puede crecer rápido. Para reducir, siga con un solo producto y mídalo.",
                "Un shot puede parecer una dosis más pequeña, pero los extractos suelen ser mucho más fuertes. La dependencia puede crecer rápido. Una reducción más segura usa un solo producto, medido cada vez.",
            ),
        ),
        (
            CautionId::AlreadyOnExtracts,
            t(
                "Los extractos requieren ayuda médica",
                "Los extractos son muy fuertes, así que es más seguro dejarlos con la ayuda de un profesional de la salud que por su cuenta.",
                "Los extractos son muy fuertes, así que es más seguro que esa persona los deje con la ayuda de un profesional de la salud y no por su cuenta.",
            ),
        ),
        (
            CautionId::SedativeMix,
            t(
                "Mezclar con alcohol o sedantes es riesgoso",
                "Mezclar kratom con alcohol, opioides o pastillas para dormir o para la ansiedad puede darle una somnolencia peligrosa. Puede hacer más lenta su respiración y causar accidentes. Planee con un profesional de la salud cómo dejar el kratom y las otras sustancias con seguridad.",
                "Mezclar kratom con alcohol, opioides o pastillas para dormir o para la ansiedad puede causar una somnolencia peligrosa. Puede hacer más lenta la respiración y causar accidentes. Un profesional de la salud puede ayudarle a planear cómo dejar el kratom y las otras sustancias con seguridad.",
            ),
        ),
        (
            CautionId::SedativeStop,
            t(
                "No deje el alcohol ni las pastillas sedantes de golpe",
                "Después de usarlos seguido, dejar de golpe el alcohol, las benzodiacepinas o las pastillas para dormir puede causar convulsiones. No los deje de repente por su cuenta. Planéelo con un profesional de la salud, que puede ayudarle a dejarlos con seguridad.",
                "Después de usarlos seguido, dejar de golpe el alcohol, las benzodiacepinas o las pastillas para dormir puede causar convulsiones. Esa persona no debería dejarlos de repente por su cuenta. Un profesional de la salud puede ayudarle a planear cómo dejarlos con seguridad.",
            ),
        ),
        (
            CautionId::OtcMegadose,
            t(
                "No tome grandes cantidades de medicinas sin receta",
                "Grandes cantidades de medicinas contra la diarrea o para dormir pueden causar daños graves, como un ritmo cardíaco peligroso. Pregunte a un profesional de la salud o a un farmacéutico qué es seguro para los síntomas de abstinencia.",
                "Grandes cantidades de medicinas contra la diarrea o para dormir pueden causar daños graves, como un ritmo cardíaco peligroso. Un profesional de la salud o un farmacéutico puede indicar qué es seguro para los síntomas de abstinencia.",
            ),
        ),
        (
            CautionId::ColdTurkeyRisk,
            t(
                "Dejarlo de golpe puede ser riesgoso",
                "Por lo que nos contó, dejarlo de golpe podría ser riesgoso para usted. Un plan hecho con apoyo es una decisión inteligente, no una debilidad.",
                "Por lo que nos contó, dejarlo de golpe podría ser riesgoso para esa persona. Un plan hecho con apoyo es una decisión inteligente, no una debilidad.",
            ),
        ),
        (
            CautionId::NoDiyMedication,
            t(
                "No empiece medicinas por su cuenta",
                "Medicinas como la buprenorfina ayudan a algunas personas, pero solo con un profesional de la salud que guíe la dosis. Usar la medicina de otra persona, o empezarla y dejarla por su cuenta, puede empeorar las cosas.",
                "Medicinas como la buprenorfina ayudan a algunas personas, pero solo con un profesional de la salud que guíe la dosis. Usar la medicina de otra persona, o empezarla y dejarla sin un profesional, puede salir mal.",
            ),
        ),
    ],
    notes: [
        (
            NoteId::Moud,
            t(
                "Medicinas que pueden ayudar",
                "No hay ninguna medicina aprobada solo para el kratom. Pero los profesionales de la salud a veces usan una medicina para el trastorno por consumo de opioides (MOUD), como la buprenorfina. Pueden hacerlo cuando el consumo es intenso, prolongado o se mezcla con opioides. Pregunte por ello. Un profesional de la salud decide si le conviene.",
                "No hay ninguna medicina aprobada solo para el kratom. Pero los profesionales de la salud a veces usan una medicina para el trastorno por consumo de opioides (MOUD), como la buprenorfina. Pueden hacerlo cuando el consumo es intenso, prolongado o se mezcla con opioides. Un profesional de la salud decide si le conviene a esa persona.",
            ),
        ),
        (
            NoteId::OpioidSwitch,
            t(
                "El kratom y dejar los opioides",
                "Esforzarse por alejarse de los opioides cuesta mucho, y eso cuenta. El kratom no está regulado, así que el siguiente paso es un plan que no dependa de él. Un profesional de la salud puede evaluar su riesgo con los opioides, hablar del MOUD y ayudarle a reducir el kratom con suavidad.",
                "Esforzarse por alejarse de los opioides cuesta mucho, y eso cuenta. El kratom no está regulado, así que el siguiente paso es un plan que no dependa de él. Un profesional de la salud puede evaluar el riesgo de esa persona con los opioides, hablar del MOUD y ayudarle a reducir el kratom con suavidad.",
            ),
        ),
        (
            NoteId::IntegratedMentalHealth,
            t(
                "Atención también para el ánimo y la ansiedad",
                "Si el kratom le ha ayudado a sobrellevar la ansiedad, el ánimo bajo o el estrés, quitarlo sin más puede dejar un vacío. Busque atención que trate su salud mental y su consumo de kratom a la vez.",
                "Si el kratom le ha ayudado a esa persona a sobrellevar la ansiedad, el ánimo bajo o el estrés, quitarlo sin más puede dejar un vacío. Una atención que trate su salud mental y su consumo a la vez funciona mejor.",
            ),
        ),
        (
            NoteId::PainCare,
            t(
                "Un plan para el dolor",
                "Si usa kratom para el dolor, pida que el tratamiento incluya atención para el dolor. Puede ser con otras medicinas, fisioterapia u otras opciones. Así es menos probable que el dolor le haga volver al kratom.",
                "Si esa persona usa kratom para el dolor, el tratamiento debería incluir atención para el dolor. Puede ser con otras medicinas, fisioterapia u otras opciones. Así es menos probable que el dolor le haga volver al kratom.",
            ),
        ),
        (
            NoteId::Pregnancy,
            t(
                "Embarazo y después del parto",
                "Si está embarazada o dio a luz en el último año, no deje el kratom de golpe por su cuenta. Planee cualquier cambio con los dos equipos a la vez: el de atención prenatal o posparto y el de tratamiento de adicciones. Juntos pueden encontrar la forma más segura para usted y su bebé.",
                "Si esa persona está embarazada o dio a luz en el último año, dejar el kratom de golpe por su cuenta puede ser riesgoso. El equipo de atención prenatal o posparto de esa persona y su equipo de tratamiento de adicciones deberían planear juntos cualquier cambio. Así pueden encontrar la forma más segura para ella y el bebé.",
            ),
        ),
        (
            NoteId::SoberLiving,
            t(
                "Un lugar más estable para vivir",
                "Las viviendas de apoyo para la recuperación (sober living) son casas compartidas con reglas y apoyo para personas en recuperación. Algunas personas viven en una por un tiempo cuando su hogar todavía no es un lugar seguro para recuperarse.",
                "Las viviendas de apoyo para la recuperación (sober living) son casas compartidas con reglas y apoyo para personas en recuperación. Pueden ser una opción por un tiempo cuando el hogar todavía no es un lugar seguro para recuperarse.",
            ),
        ),
        (
            NoteId::Therapy,
            t(
                "Terapia que ayuda con las ganas de consumir",
                "La terapia desarrolla habilidades para manejar las ganas de consumir, el estrés y lo que mantenía el consumo. Algunos tipos comunes son la entrevista motivacional, la terapia de habilidades y la atención informada sobre el trauma. El paso 5 de su plan explica cada uno.",
                "La terapia desarrolla habilidades para manejar las ganas de consumir, el estrés y lo que mantenía el consumo. Algunos tipos comunes son la entrevista motivacional, la terapia de habilidades y la atención informada sobre el trauma. El paso 5 del plan explica cada uno.",
            ),
        ),
        (
            NoteId::LovedOneGuide,
            t(
                "Cómo puede ayudar",
                "Si alguien cercano se preocupa por su consumo, también puede usar esta evaluación: tiene palabras e ideas pensadas para esa persona.",
                "Abajo encontrará palabras para empezar una conversación tranquila, límites que los protegen a los dos y formas de cuidarse usted.",
            ),
        ),
        (
            NoteId::Naloxone,
            t(
                "Tenga naloxona a mano",
                "La naloxona (Narcan) puede revertir una sobredosis de opioides. En EE. UU. se compra en la farmacia sin receta. Después de una pausa de los opioides, su cuerpo tolera mucho menos, así que su dosis de antes puede causar una sobredosis. Nunca consuma a solas y dígale a alguien dónde guarda la naloxona.",
                "La naloxona (Narcan) puede revertir una sobredosis de opioides. En EE. UU. cualquier persona la puede comprar en la farmacia sin receta; guárdela donde los dos la tengan a mano. Después de una pausa de los opioides, el cuerpo de esa persona tolera mucho menos, así que la dosis de antes puede causar una sobredosis. Pídale que nunca consuma a solas.",
            ),
        ),
        (
            NoteId::IntensiveOutpatient,
            t(
                "Pregunte por un programa ambulatorio intensivo",
                "Un programa ambulatorio intensivo le ofrece varias sesiones por semana mientras sigue viviendo en casa. Es más apoyo que una cita semanal. Pregunte a un profesional de la salud si le conviene.",
                "Un programa ambulatorio intensivo ofrece varias sesiones por semana mientras sigue viviendo en casa. Es más apoyo que una cita semanal. Un profesional de la salud puede decir si le conviene.",
            ),
        ),
        (
            NoteId::TimeAwayOption,
            t(
                "Si quiere pasar un tiempo fuera",
                "Usted dijo que necesitaría alejarse de casa para estabilizarse. Eso importa. Existen programas residenciales y otros lugares con atención las 24 horas, y un profesional puede ayudarle a sopesarlos.",
                "Usted dijo que esa persona necesitaría alejarse de casa para estabilizarse. Eso importa. Existen programas residenciales y otros lugares con atención las 24 horas, y un profesional puede ayudarles a sopesarlos.",
            ),
        ),
        (
            NoteId::YoungPerson,
            t(
                "Ayuda para jóvenes",
                "No tiene que resolver esto solo. Cuénteselo a un adulto de confianza, como su madre o padre, la enfermera de la escuela o un entrenador. Pida un profesional de la salud que trabaje con jóvenes. Si no se siente seguro, los mismos números de crisis están para usted.",
                "A los jóvenes les va mejor con un adulto de su lado. Busquen a un adulto de confianza y un profesional de la salud que trabaje con jóvenes. Los mismos números de crisis están para esa persona, y para usted.",
            ),
        ),
        (
            NoteId::MentalHealthCare,
            t(
                "Atención para su estado de ánimo",
                "La ansiedad, el pánico o la tristeza fuertes merecen su propia atención. Trate de ver pronto a un profesional de salud mental. Si piensa en hacerse daño, por favor, {reach} {crisis} ahora.",
                "La ansiedad, el pánico o la tristeza fuertes merecen su propia atención. Ayude a esa persona a ver pronto a un profesional de salud mental. Si habla de hacerse daño, por favor, {reach} {crisis} junto con ella ahora.",
            ),
        ),
    ],
    phases: [
        (
            Phase::Stabilization,
            t(
                "Estabilización",
                "Pasar la abstinencia y recuperar el sueño. La abstinencia suele calmarse en unos días o un par de semanas.",
                "Que esa persona pase la abstinencia y recupere el sueño. La abstinencia suele calmarse en unos días o un par de semanas.",
            ),
        ),
        (
            Phase::SkillBuilding,
            t(
                "Desarrollo de habilidades",
                "Aprender nuevas formas de manejar el estrés, el dolor y las ganas de consumir, que ocupen el lugar de las dosis.",
                "Que esa persona aprenda nuevas formas de manejar el estrés, el dolor y las ganas de consumir, que ocupen el lugar de las dosis.",
            ),
        ),
        (
            Phase::Repair,
            t(
                "Reparación",
                "Recuperar las relaciones, las rutinas diarias y su salud.",
                "Recuperar las relaciones, las rutinas diarias y la salud de esa persona.",
            ),
        ),
        (
            Phase::Maintenance,
            t(
                "Mantenimiento",
                "Mantener el apoyo para prevenir recaídas. Las ganas de consumir pueden volver más adelante, sobre todo con estrés. Es normal, y para eso está su plan.",
                "Mantener el apoyo para prevenir recaídas. Las ganas de consumir pueden volver más adelante, sobre todo con estrés. Es normal, y para eso está el plan.",
            ),
        ),
    ],
    emergency: EmergencyText {
        heading: "Si necesita ayuda ahora",
        emergency: "Llame al {n} si hay una emergencia médica",
        crisis: "Llame o envíe un mensaje de texto al {n}, la Línea de Prevención del Suicidio y Crisis, a cualquier hora (en español: al llamar, marque 2; por texto, escriba AYUDA)",
        crisis_text: "Enviar un texto al {n} (escriba AYUDA para español)",
        samhsa: "Línea Nacional de Ayuda de SAMHSA: 1-800-662-4357 — gratuita, confidencial, las 24 horas, en inglés y español",
        poison: "Línea de Ayuda para Envenenamientos: 1-800-222-1222 — si alguien pudo haber tomado demasiado o mezclado sustancias",
        unsure: "¿No sabe qué tan grave es? Busque atención médica de todas formas: es la opción segura.",
        crisis_other: "Llame al {n}, la línea de crisis, a cualquier hora",
        crisis_text_other: "Enviar un texto al {n}",
        helpline_other: "Línea de ayuda para el consumo de sustancias: {n}",
        poison_other: "Línea de ayuda por envenenamiento: {n} — si alguien pudo haber tomado demasiado o mezclado sustancias",
        crisis_name_988: "la Línea 988 de Prevención del Suicidio y Crisis (en español: marque 2 o escriba AYUDA)",
        crisis_name_other: "la línea de crisis",
        reach_call_or_text: "llame o envíe un mensaje de texto a",
        reach_call: "llame a",
    },
    plan: PlanText {
        heading: "Un plan paso a paso",
        intro: p(
            "Seis pasos basados en sus respuestas. Puede editarlos aquí; se quedan en este dispositivo. Imprima una copia o llévela a una cita.",
            "Seis pasos basados en sus respuestas, para compartir con la persona que le preocupa. Puede editarlos aquí; se quedan en este dispositivo.",
        ),
        steps: [
            "Llevar un diario corto",
            "Elegir un nivel de apoyo",
            "Preparar un kit de alivio",
            "Planear para los detonantes",
            "Empezar terapia ahora, no después de dejarlo",
            "Un plan para prevenir recaídas, sin vergüenza",
        ],
        step_intros: [
            p(
                "Durante 3 a 5 días, anote qué toma, cuánto y cuándo. Anote también qué lo provocó y cómo se siente entre dosis. Los datos reales hacen el plan más seguro.",
                "Invite a esa persona a tomar notas durante 3 a 5 días: qué toma, cuánto y cuándo. También puede anotar qué lo provocó y cómo se siente entre dosis.",
            ),
            p(
                "Su resultado sugiere por dónde empezar: la atención menos intensa que le mantenga a salvo. Siempre puede pedir más apoyo.",
                "El resultado sugiere por dónde empezar: la atención menos intensa que mantenga a salvo a esa persona. Siempre se puede pedir más apoyo.",
            ),
            p(
                "Cosas sencillas que hacen más llevadera la abstinencia, empezando por las que encajan con sus síntomas.",
                "Cosas sencillas que hacen más llevadera la abstinencia, empezando por las que encajan con los síntomas de esa persona.",
            ),
            p(
                "La mayoría de las ganas vienen del cuerpo, de las emociones o de una situación. Escriba un plan de “si pasa esto, entonces haré aquello” para cada una.",
                "La mayoría de las ganas vienen del cuerpo, de las emociones o de una situación. Esa persona puede escribir un plan de “si pasa esto, entonces haré aquello” para cada una.",
            ),
            p(
                "No espere a haberlo dejado. Mientras reduce, la terapia le ayuda con las ganas de consumir, con la vergüenza y a reparar relaciones.",
                "La terapia ayuda más si empieza ahora, durante la reducción o la desintoxicación, y no cuando esa persona ya lo haya dejado.",
            ),
            p(
                "Un tropiezo no es un fracaso. Decida desde ahora qué vigilará, a quién acudirá y qué cambiará.",
                "Un tropiezo no es un fracaso. Decidir de antemano qué vigilar y a quién llamar ayuda a retomar el camino más rápido.",
            ),
        ],
        diary_columns: ["Producto", "Cantidad", "Hora", "Qué lo provocó", "Cómo se sintió entre dosis"],
        diary_notes: "Notas del diario (solo se guardan mientras esta página esté abierta)",
        kit: [
            (
                KitItem::Hydration,
                t(
                    "Agua y electrolitos",
                    "Los sudores y el malestar de estómago hacen perder líquidos. Tome sorbos de agua y de una bebida con electrolitos durante el día.",
                    "Los sudores y el malestar de estómago hacen perder líquidos. Ayuda tomar agua y una bebida con electrolitos durante el día.",
                ),
            ),
            (
                KitItem::EasyFood,
                t(
                    "Comida fácil",
                    "Comidas sencillas como pan tostado, arroz, plátanos o sopa caen bien con el estómago revuelto.",
                    "Comidas sencillas como pan tostado, arroz, plátanos o sopa caen bien con el estómago revuelto. Tener algunas a mano ayuda.",
                ),
            ),
            (
                KitItem::SleepRoutine,
                t(
                    "Una rutina sencilla para dormir",
                    "Un cuarto oscuro y fresco, y despertarse a la misma hora cada día, ayudan a que el sueño vuelva antes.",
                    "Un cuarto oscuro y fresco, y despertarse a la misma hora cada día, ayudan a que el sueño vuelva antes.",
                ),
            ),
            (
                KitItem::Movement,
                t(
                    "Movimiento suave",
                    "Caminatas cortas y estiramientos pueden aliviar las piernas inquietas y los nervios.",
                    "Caminatas cortas y estiramientos pueden aliviar las piernas inquietas y los nervios. Ofrézcase a acompañar a esa persona.",
                ),
            ),
            (
                KitItem::PersonToText,
                t(
                    "Alguien a quien escribirle",
                    "Elija a alguien a quien pueda escribirle cuando las ganas o la ansiedad aprieten. Respire despacio mientras espera la respuesta.",
                    "Ofrézcase como la persona a quien escribir cuando las ganas o la ansiedad aprieten, o ayude a esa persona a elegir a alguien.",
                ),
            ),
        ],
        triggers: [
            (
                TriggerKind::Body,
                t(
                    "Detonantes del cuerpo: dolor, cansancio, mal sueño",
                    "Si me da un dolor fuerte de espalda, entonces uso una compresa caliente y me estiro 10 minutos antes de decidir nada.",
                    "Si a esa persona le aumenta el dolor, podría probar calor y estiramientos suaves durante 10 minutos antes de decidir nada.",
                ),
            ),
            (
                TriggerKind::Emotion,
                t(
                    "Detonantes emocionales: ansiedad, enojo, tristeza",
                    "Si siento ansiedad o enojo, entonces salgo un momento, respiro despacio contando hasta cuatro y le escribo a alguien.",
                    "Si esa persona siente ansiedad o enojo, podría salir un momento, respirar despacio y escribirle a usted o a una amistad.",
                ),
            ),
            (
                TriggerKind::Situation,
                t(
                    "Detonantes de situación: el carro, los descansos del trabajo, salir",
                    "Si llega mi descanso de la tarde, entonces salgo a caminar con una bebida y algo de comer en lugar de mi dosis de siempre.",
                    "Si esa persona suele tomar su dosis en el descanso del trabajo, podría planear una caminata y algo de comer para ese momento.",
                ),
            ),
        ],
        if_label: "Si…",
        then_label: "Entonces…",
        therapies: [
            (
                Therapy::MotivationalInterviewing,
                t(
                    "Entrevista motivacional",
                    "Le ayuda a encontrar y fortalecer sus propias razones para cambiar.",
                    "Ayuda a la persona a encontrar y fortalecer sus propias razones para cambiar.",
                ),
            ),
            (
                Therapy::Cbt,
                t(
                    "TCC (terapia cognitivo-conductual)",
                    "Le ayuda a notar los pensamientos que llevan a una dosis y a practicar nuevas respuestas.",
                    "Ayuda a la persona a notar los pensamientos que llevan a una dosis y a practicar nuevas respuestas.",
                ),
            ),
            (
                Therapy::DbtSkills,
                t(
                    "Habilidades de DBT (terapia dialéctica conductual)",
                    "Le enseña formas de aguantar la ansiedad, el enojo y las ganas de consumir sin recurrir al kratom.",
                    "Enseña a la persona formas de aguantar la ansiedad, el enojo y las ganas de consumir sin recurrir al kratom.",
                ),
            ),
            (
                Therapy::TraumaInformed,
                t(
                    "Terapia informada sobre el trauma",
                    "Ayuda a sanar heridas antiguas que el kratom quizás estaba adormeciendo.",
                    "Ayuda a sanar heridas antiguas que el kratom quizás estaba adormeciendo.",
                ),
            ),
        ],
        warning_signs: "Cinco señales tempranas de un posible tropiezo",
        people: "Tres personas a quienes avisar primero",
        appointment: "La próxima cita (cuándo y con quién)",
        one_change: "Un cambio concreto (por ejemplo: más apoyo, unirse a un grupo o tener menos acceso al kratom)",
    },
    loved_one: LovedOneText {
        heading: "Para usted, que se preocupa por alguien",
        script_heading: "Palabras para empezar la conversación",
        script: &[
            "Me importas mucho, y últimamente noto que el kratom te está pasando factura.",
            "No necesito que estemos de acuerdo en cómo llamarlo. Solo quiero entender cómo estás.",
            "¿Te animarías a ver a un médico o consejero conmigo, solo para conocer las opciones?",
            "Estoy de tu lado para que consigas ayuda. Lo que no puedo hacer es encubrirlo, inventar excusas ni darte dinero que termine en kratom.",
            "No tienes que responder ahora. Aquí estoy cuando quieras hablar.",
        ],
        boundaries_heading: "Límites que ayudan",
        boundaries: &[
            "Diga que sí a lo que apoye el tratamiento: llevar a esa persona a sus citas, hacerle compañía, escuchar con calma.",
            "Diga que no a ocultar el consumo, inventar excusas o mentir por esa persona.",
            "No pague el kratom ni cubra gastos en kratom que afecten a su hogar.",
            "Decida sus límites cuando esté en calma, dígalos una vez y cúmplalos.",
        ],
        backfires_heading: "Lo que suele salir mal",
        backfires: &[
            "Avergonzar o insultar: suele llevar a esconder el consumo, no a cambiarlo.",
            "Presionar, vigilar o sermonear todo el tiempo.",
            "Dar, en pleno enojo, ultimátums que quizás no pueda cumplir.",
            "Encubrir o suavizar las cosas, de modo que las consecuencias del consumo sigan ocultas.",
        ],
        self_care_heading: "Cuidarse usted también",
        self_care: &[
            "Su propio sueño, su alimentación y su salud también importan.",
            "Hable con alguien de confianza, o pruebe un grupo de apoyo para familias.",
            "La Línea Nacional de Ayuda de SAMHSA también puede orientarle hacia apoyo para familias.",
            "No puede obligar a nadie a cambiar. Su apoyo constante puede hacer que sea más fácil aceptar ayuda.",
        ],
        self_care_outside_us: &[
            "Su propio sueño, su alimentación y su salud también importan.",
            "Hable con alguien de confianza, o pruebe un grupo de apoyo para familias.",
            "Una línea de ayuda para el consumo de sustancias también puede orientarle hacia apoyo para familias.",
            "No puede obligar a nadie a cambiar. Su apoyo constante puede hacer que sea más fácil aceptar ayuda.",
        ],
    },
    low_confidence: LowConfidenceText {
        monitor: p(
            "Todavía no hay suficientes respuestas para sugerir un nivel de apoyo. Eso no quiere decir que no necesite ninguno. Hablar con un médico o consejero puede completar lo que falta.",
            "Todavía no hay suficientes respuestas para sugerir un nivel de apoyo para esa persona. Eso no quiere decir que no necesite ninguno. Hablar con un médico o consejero puede completar lo que falta.",
        ),
        other: p(
            "Muchas preguntas quedaron sin respuesta o con duda. Cuando se complete lo que falta, el nivel adecuado podría ser más alto o más bajo.",
            "Muchas preguntas sobre esa persona quedaron sin respuesta o con duda. Cuando un profesional complete lo que falta, el nivel adecuado podría ser más alto o más bajo.",
        ),
        no_level: "No hay suficientes respuestas para sugerir un nivel",
        frequency_unknown: p(
            "No sabemos con qué frecuencia usa kratom, así que esta evaluación no puede descartar que necesite apoyo. Un profesional puede ayudarle a verlo.",
            "No sabemos con qué frecuencia esa persona usa kratom, así que esta evaluación no puede descartar que necesite apoyo. Un profesional puede ayudar a verlo.",
        ),
    },
    opioid_switch_still_using: t(
        "El kratom, los opioides y un plan más seguro",
        "Usted empezó con el kratom para dejar los opioides, y todavía consume opioides. Usar los dos aumenta el riesgo de sobredosis. Un profesional de la salud puede hablarle del MOUD, como la buprenorfina, y ayudarle a planear una reducción suave del kratom.",
        "Esa persona empezó con el kratom para dejar los opioides, y todavía consume opioides. Usar los dos aumenta el riesgo de sobredosis. Un profesional de la salud puede hablarle del MOUD, como la buprenorfina, y ayudarle a planear una reducción suave del kratom.",
    ),
    pregnancy_no_dependence: t(
        "Embarazo y después del parto",
        "Dejar el kratom ahora es seguro y es bueno para su embarazo. Cuéntele a quien le da atención prenatal sobre su consumo, para que pueda apoyarle y revisar a su bebé.",
        "Dejar el kratom ahora es seguro y es bueno para el embarazo. Anime a esa persona a contarle a quien le da atención prenatal sobre su consumo, para que también revisen al bebé.",
    ),
    naloxone_outside_us: t(
        "Tenga naloxona a mano",
        "La naloxona puede revertir una sobredosis de opioides. Pregunte a un farmacéutico o a un profesional de la salud cómo conseguirla donde vive. Después de una pausa, su cuerpo tolera mucho menos, y su dosis de antes puede causar una sobredosis. Nunca consuma a solas, y diga a alguien dónde guarda la naloxona.",
        "La naloxona puede revertir una sobredosis de opioides. Pregunte a un farmacéutico o a un profesional de la salud cómo conseguirla donde viven, y guárdela donde los dos la puedan alcanzar. Después de una pausa, su cuerpo tolera mucho menos, y su dosis de antes puede causar una sobredosis. Pídale que nunca consuma a solas.",
    ),
    taper_kinds: [
        (
            TaperKind::PlannedTaper,
            TaperKindText {
                kind: TaperKind::PlannedTaper,
                name: "Una reducción gradual planeada con un profesional de la salud",
                summary: p(
                    "Una reducción gradual planeada significa bajar la dosis paso a paso, con un horario que fija con un profesional de la salud. Usted vive en casa y tiene citas de control en el camino.",
                    "Una reducción gradual planeada significa bajar la dosis paso a paso, con un horario fijado con un profesional de la salud. Esa persona vive en casa y tiene citas de control en el camino.",
                ),
                in_practice: &[
                    p("Use un solo producto estable y mida cada dosis.", "Podría usar un solo producto estable y medir cada dosis."),
                    p(
                        "Baje la dosis despacio, al ritmo que fije con un profesional de la salud.",
                        "La dosis podría bajar despacio, al ritmo que fije un profesional de la salud.",
                    ),
                    p(
                        "Empiece la consejería ahora, mientras reduce, no después.",
                        "La consejería podría empezar ahora, durante la reducción, no después.",
                    ),
                    p(
                        "Si la abstinencia se pone muy difícil, pedir más apoyo es una decisión sabia, no un fracaso.",
                        "Si la abstinencia se pone muy difícil, pedir más apoyo es una decisión sabia, no un fracaso.",
                    ),
                ],
            },
        ),
        (
            TaperKind::OutpatientSupport,
            TaperKindText {
                kind: TaperKind::OutpatientSupport,
                name: "Apoyo ambulatorio de un profesional de la salud o consejero",
                summary: p(
                    "El apoyo ambulatorio son citas regulares con un profesional de la salud o consejero mientras usted vive en casa. Puede dejarlo, o reducirlo, con esa ayuda.",
                    "El apoyo ambulatorio son citas regulares con un profesional de la salud o consejero mientras esa persona vive en casa. Puede dejarlo, o reducirlo, con esa ayuda.",
                ),
                in_practice: &[
                    p(
                        "Reúnase con un profesional de la salud o consejero y tenga citas de control.",
                        "Podría reunirse con un profesional de la salud o consejero y tener citas de control.",
                    ),
                    p("Empiece la consejería ahora, no más adelante.", "La consejería podría empezar ahora, no más adelante."),
                    p(
                        "Si dejarlo resulta más difícil de lo que pensaba, vuelva o pida más apoyo.",
                        "Si dejarlo resulta más difícil de lo esperado, podría volver o pedir más apoyo.",
                    ),
                ],
            },
        ),
    ],
    cold_turkey_parts: [
        (
            ColdTurkeyPart::Withdrawal,
            p(
                "Dejarlo de golpe podría traer problemas graves de sueño y pánico, y un ciclo de volver a consumir.",
                "Dejarlo de golpe podría traerle problemas graves de sueño y pánico, y un ciclo de volver a consumir.",
            ),
        ),
        (
            ColdTurkeyPart::Sedatives,
            p(
                "Usted toma alcohol o pastillas sedantes a diario. Dejarlos de golpe puede causar convulsiones.",
                "Esa persona toma alcohol o pastillas sedantes a diario. Dejarlos de golpe puede causar convulsiones.",
            ),
        ),
        (
            ColdTurkeyPart::Medical,
            p(
                "Con su problema de salud, la abstinencia exige mucho al cuerpo, así que un profesional de la salud debería planearla.",
                "Con su problema de salud, la abstinencia exige mucho al cuerpo, así que un profesional de la salud debería planearla.",
            ),
        ),
        (
            ColdTurkeyPart::Pregnancy,
            p(
                "En el embarazo, la abstinencia exige mucho a su cuerpo. Volver a consumir después de dejarlo de golpe es común y riesgoso para usted y su bebé.",
                "En el embarazo, la abstinencia exige mucho al cuerpo. Volver a consumir después de dejarlo de golpe es común y riesgoso para esa persona y el bebé.",
            ),
        ),
    ],
    contradictions: [
        (
            ContradictionId::NeverStoppedWithIntensity,
            "Dijo que nunca lo ha dejado, pero calificó qué tan fuerte es la abstinencia",
        ),
        (
            ContradictionId::NeverStoppedWithDerailed,
            "Dijo que nunca lo ha dejado, pero dijo que la abstinencia le hizo volver a consumir",
        ),
        (
            ContradictionId::NoWithdrawalWithSymptoms,
            "Dijo que no tiene abstinencia, pero nombró síntomas de abstinencia",
        ),
    ],
    urgent_lines: UrgentLinesText {
        me: &[
            u(L::CallNow, F::Plain, "Llame al {emergency} ahora. No maneje usted."),
            u(L::SomeoneWithYou, F::Plain, "Si alguien está con usted, pídale que llame y que se quede con usted."),
            u(
                L::SomeoneWithYou,
                F::WithNaloxone,
                "Si alguien está con usted, pídale que llame, que se quede y que le dé naloxona si hay.",
            ),
            u(
                L::CrisisNow,
                F::Plain,
                "Por favor, {reach} {crisis} ahora. No tiene que explicarlo todo. Si está en peligro ahora o tomó demasiado, llame al {emergency}.",
            ),
            u(L::TellSomeone, F::Plain, "Si alguien está con usted, dígale cómo se siente y pídale que se quede."),
        ],
        them: &[
            u(L::CallNow, F::Plain, "Llame al {emergency} ahora."),
            u(
                L::Naloxone,
                F::Plain,
                "Si tiene naloxona, désela ahora. Es segura aunque no sepa si hay opioides de por medio.",
            ),
            u(
                L::Naloxone,
                F::IfWorse,
                "Si le da mucho sueño, cuesta despertarla o respira más despacio, dele naloxona si tiene.",
            ),
            u(
                L::SeizureSafety,
                F::Plain,
                "No la sujete ni le ponga nada en la boca. Aleje las cosas duras.",
            ),
            u(L::OnSide, F::Plain, "Si respira, acuéstela de lado."),
            u(L::OnSide, F::AfterShaking, "Cuando paren las sacudidas, acuéstela de lado."),
            u(L::OnSide, F::IfWorse, "Si cuesta despertarla, acuéstela de lado."),
            u(
                L::CrisisWithThem,
                F::Plain,
                "Por favor, {reach} {crisis} junto con esa persona. Si está en peligro ahora o pudo tomar demasiado, llame al {emergency}.",
            ),
            u(L::Stay, F::Plain, "Quédese con ella hasta que llegue la ayuda."),
            u(L::Stay, F::IfSafe, "Si es seguro para usted, quédese con ella hasta que llegue la ayuda."),
            u(L::Dispatcher, F::Plain, "La persona que atiende la llamada le guiará paso a paso."),
            u(
                L::RemoveMeans,
                F::Plain,
                "Guarde pastillas, armas y cualquier cosa con la que pueda hacerse daño. No le dé kratom, alcohol ni otras drogas.",
            ),
        ],
    },
    summary: SummaryText {
        title: "Autoevaluación sobre el kratom",
        answers_heading: "Las respuestas dadas",
        column_question: "Pregunta",
        column_answer: "Respuesta",
        column_code: "Código",
        not_answered: "Sin responder",
        level_heading: "Nivel de apoyo sugerido",
        signs_heading: "Señales en sus respuestas",
        cautions_heading: "Qué evitar",
        notes_heading: "Información útil",
        prereqs_heading: "Prepare esto primero",
        clinic_heading: "Dónde buscar ayuda",
        summary_subtitle: "Un resumen para guardar o para compartir con un médico o consejero.",
        date: "Fecha",
        urgent_flags_heading: "Señales urgentes indicadas",
        clinician_mapping: "Para profesionales clínicos (aproximado, Criterios de ASAM, 3.ª ed.)",
        asam_monitor: "Nivel 0.5, intervención temprana",
        asam_taper: "Nivel 1 ambulatorio, con manejo ambulatorio de la abstinencia (1-WM)",
        asam_detox: "Manejo de la abstinencia con apoyo médico, de 2-WM a 3.7-WM (lo decide un profesional clínico)",
        asam_residential: "Nivel 3.x residencial, u otro nivel de atención más alto",
        asam_urgent: "Evaluación de emergencia ahora",
        asam_outpatient_support: "Nivel 1 ambulatorio, sin manejo de la abstinencia",
        taper_kind_label: "Tipo",
        based_on: "Según",
        signs_named: "Señales marcadas",
        signs_count: "Número de señales",
        signs_band: "Categoría",
        confidence_heading: "Qué tan completas son las respuestas",
        confidence: "Confianza",
        confidence_ok: "se respondieron suficientes de las 9 preguntas decisivas",
        confidence_low: "5 o más de las 9 preguntas decisivas quedaron sin responder o sin una respuesta segura, así que el nivel podría ser más alto o más bajo",
        skipped: "Preguntas sin responder",
        unsure: "Preguntas sin una respuesta segura",
        none_listed: "Ninguna",
        left_blank: "(en blanco)",
        quote_open: "«",
        quote_close: "»",
        reported_by_other: "Respuestas dadas por un familiar o amigo, no por la persona.",
        level_label: "Nivel",
        frequency_unknown: "No se sabe con qué frecuencia se usa kratom, así que esta evaluación no puede descartar una necesidad de apoyo.",
        ask_first_heading: "Preguntar primero: lo que esta evaluación no sabe",
        ask_first: [
            "Cuánto kratom al día y qué producto (marca; cualquier producto de 7-OH)",
            "Cuándo fue la última dosis",
            "Medicamentos actuales",
            "Tratamiento anterior, o medicamentos para el trastorno por consumo de opioides (MOUD, por sus siglas en inglés)",
            "Antecedentes de convulsiones por abstinencia, sobredosis o intentos de suicidio",
            "Si hay naloxona en casa",
        ],
        ask_age: "Edad (no se indicó)",
        ask_pregnancy: "Cuántas semanas de embarazo, o cuánto tiempo desde el parto",
        ask_sedatives: "Qué sedantes (alcohol, benzodiacepinas, opioides, pastillas para dormir), cuánto y si son recetados",
        ask_other_condition: "Cuál es la otra condición de salud",
        check_these_heading: "Revisar estas respuestas: no concuerdan entre sí",
        sets_level_heading: "Motivos que fijan el nivel",
        also_noted_heading: "También se tuvo en cuenta",
        counts_at: "Cuenta en el nivel",
        see_signs: "indicadas en la sección de señales",
        confidence_ok_name: "suficientes respuestas",
        confidence_low_name: "baja",
        reason_names: [
            (ReasonId::Environment, "En casa es difícil mantenerse sin consumir"),
            (ReasonId::BroaderPattern, "Dos o más sustancias adicionales"),
            (ReasonId::MentalHealthFlare, "Condición de salud mental, con ánimo muy afectado al dejarlo"),
            (ReasonId::TimeAway, "Necesita tiempo fuera de casa para estabilizarse"),
            (ReasonId::ExtractUse, "Extractos o productos de 7-OH"),
            (ReasonId::NightDosing, "Dosis de noche, o despierta con abstinencia"),
            (ReasonId::MultipleDailyDoses, "Varias dosis al día"),
            (ReasonId::SevereMoodOnStopping, "Ansiedad, pánico o ánimo muy bajo al dejarlo"),
            (ReasonId::MedicalRisk, "Condición médica que aumenta el riesgo de la abstinencia"),
            (ReasonId::PsychiatricRisk, "Condición de salud mental, con dependencia y abstinencia difícil"),
            (ReasonId::Mixing, "También otras sustancias"),
            (ReasonId::WithdrawalDerails, "Volvió al kratom por la abstinencia"),
            (ReasonId::SevereWithdrawal, "Abstinencia grave"),
            (ReasonId::SignsPresent, "Dos o más señales de un trastorno por consumo"),
            (ReasonId::DailyUse, "Consumo diario"),
            (ReasonId::WithdrawalPresent, "Síntomas de abstinencia"),
        ],
        band_names: [
            (Band::Few, "pocas o ninguna"),
            (Band::Mild, "leve"),
            (Band::Moderate, "moderada"),
            (Band::Severe, "grave"),
            (Band::Unknown, "desconocida (no se respondieron las señales)"),
        ],
    },
};
