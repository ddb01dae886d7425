// "Understands more, never less": the model's reading of a turn, completed by the rules' reading of the same turn.
import type { Entities, Understanding } from '../understanding.js';

/**
 * The model reads a turn better than the rules (context, spelling, odd phrasing), so its
 * reading leads; the rules' reading only fills what the model left out, so that switching
 * the model on can never lose something the offline rules would have understood:
 * - intents: the model's, unless it found none ('unknown') and the rules found one, then
 *   the rules' main and further intents;
 * - each entity field the model left empty ([], null, false) takes the rules' value; a field
 *   the model filled is kept as it is, even where the rules read something else.
 */
export function mergeUnderstandings(
  llm: Understanding,
  rules: Understanding,
): Understanding {
  const intents =
    llm.intent === 'unknown' && rules.intent !== 'unknown' ? rules : llm;
  return {
    intent: intents.intent,
    otherIntents: intents.otherIntents,
    entities: mergeEntities(llm.entities, rules.entities),
  };
}

function mergeEntities(llm: Entities, rules: Entities): Entities {
  const list = (a: number[], b: number[]) => (a.length ? a : b);
  return {
    serviceIds: list(llm.serviceIds, rules.serviceIds),
    // A model that named the services chose among them; otherwise the rules' question stands.
    serviceChoices: llm.serviceIds.length
      ? llm.serviceChoices
      : list(llm.serviceChoices, rules.serviceChoices),
    stylistIds: list(llm.stylistIds, rules.stylistIds),
    rejectedStylistIds: list(llm.rejectedStylistIds, rules.rejectedStylistIds),
    anyStylist: llm.anyStylist || rules.anyStylist,
    day: llm.day ?? rules.day,
    partOfDay: llm.partOfDay ?? rules.partOfDay,
    time: llm.time ?? rules.time,
    option: llm.option ?? rules.option,
    name: llm.name ?? rules.name,
    nameForSomeoneElse: llm.name
      ? llm.nameForSomeoneElse
      : rules.nameForSomeoneElse,
    ownName: llm.ownName || rules.ownName,
    // The model is not asked for these: the rules' common-services list decides.
    unofferedServices: rules.unofferedServices,
    asksWhoIsFree: llm.asksWhoIsFree || rules.asksWhoIsFree,
    nudge: llm.nudge ?? rules.nudge,
    sameTime: llm.sameTime || rules.sameTime,
    // The model is not asked for limits: the rules' reading of the time words decides.
    timeBounds: rules.timeBounds,
    answerIds: list(llm.answerIds, rules.answerIds),
    rawText: llm.rawText,
  };
}
