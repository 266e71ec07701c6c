// The project's own conformance check of a Bundle from `assess --fhir`:
// neither validator reads a response against its
// Questionnaire, so this does. Every response item's linkId exists in the
// Questionnaire the response names, and each answer has the item's type:
// a `choice` item takes `valueCoding`s from its own answer options (one
// unless the item repeats); nothing answers a question the Questionnaire
// does not ask. Returns the problems found, [] when it conforms.

/** @param {any} bundle @returns {string[]} */
export function conformance(bundle) {
  const problems = [];
  const resources = (bundle?.entry ?? []).map((e) => e?.resource ?? {});
  const questionnaires = resources.filter((r) => r.resourceType === 'Questionnaire');
  const responses = resources.filter((r) => r.resourceType === 'QuestionnaireResponse');
  if (responses.length === 0) problems.push('no QuestionnaireResponse');
  for (const response of responses) {
    const [url, version] = String(response.questionnaire ?? '').split('|');
    const questionnaire = questionnaires.find((q) => q.url === url && (!version || q.version === version));
    if (!questionnaire) {
      problems.push(`the response names ${response.questionnaire}, which the Bundle does not hold`);
      continue;
    }
    const items = new Map();
    const collect = (list) => {
      for (const item of list ?? []) {
        items.set(item.linkId, item);
        collect(item.item);
      }
    };
    collect(questionnaire.item);
    const seen = new Set();
    const walk = (list, where) => {
      for (const answered of list ?? []) {
        const at = `${where}item ${answered.linkId}`;
        const item = items.get(answered.linkId);
        if (!item) {
          problems.push(`${at}: no such linkId in the Questionnaire`);
          continue;
        }
        if (seen.has(answered.linkId)) problems.push(`${at}: answered twice`);
        seen.add(answered.linkId);
        const answers = answered.answer ?? [];
        if (answers.length === 0) problems.push(`${at}: an item without an answer`);
        if (answers.length > 1 && !item.repeats) problems.push(`${at}: ${answers.length} answers to a single-choice item`);
        for (const a of answers) problems.push(...answerProblems(item, a, at));
        walk(answered.item, `${at} > `);
      }
    };
    walk(response.item, '');
  }
  return problems;
}

/** One answer against its item's type and options. */
function answerProblems(item, answer, at) {
  const kinds = Object.keys(answer).filter((k) => k.startsWith('value'));
  if (kinds.length !== 1) return [`${at}: an answer with ${kinds.length} values`];
  if (item.type !== 'choice') return [`${at}: an item of type ${item.type}, which this check does not know`];
  if (kinds[0] !== 'valueCoding') return [`${at}: ${kinds[0]} where the choice item wants valueCoding`];
  const c = answer.valueCoding;
  const offered = (item.answerOption ?? []).some(
    (o) => o.valueCoding?.system === c?.system && o.valueCoding?.code === c?.code,
  );
  return offered ? [] : [`${at}: ${c?.system}#${c?.code} is not one of the item's answer options`];
}
