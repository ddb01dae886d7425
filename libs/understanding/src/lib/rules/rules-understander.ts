// The offline, deterministic understander: Spanish patterns, the catalogue's fuzzy service names and chrono-node's days.
import {
  noEntities,
  rankIntents,
  type Entities,
  type Intent,
  type Understander,
  type Understanding,
  type UnderstandingContext,
} from '../understanding.js';
import { localToday } from './calendar.js';
import { findDays } from './days.js';
import { detectWording, questionIntents } from './intent-patterns.js';
import { bareName, findIntroducedName, nameBesideChoice } from './names.js';
import { expectsChoice, findOption, optionLimit } from './options.js';
import { findSalonAnswers } from './salon-answers.js';
import { findServices } from './services.js';
import { findUnofferedServices } from './unoffered-services.js';
import { findAnyStylist, findStylists } from './stylists.js';
import { dayOf, kept, newDays, swapped } from './mentions.js';
import { findPartsOfDay, findTimes, timeBoundsOf } from './times.js';
import { blank, prepareTurn, words } from './turn-text.js';
import {
  affirms,
  affirmsInAClause,
  correctionCue,
  denies,
  nudgeOf,
  opensWithNo,
  turnsDownProposal,
} from './yes-no.js';

/** "¿quién está libre el viernes?", "¿qué chicas tenéis libres mañana?": who, not which slot. */
const WHO_IS_FREE = words(
  'quien(?:es)? (?:esta|estan|estaria|hay|tiene|tienen|tendria|queda|quedan) (?:libres?|disponibles?|hueco|huecos|sitio)|(?:que|cuales) (?:peluquer[ao]s?|estilistas?|chicas?|chicos?|profesionales?|personas?) (?:esta|estan|tiene|tienen|teneis|hay|quedan|queda) (?:libres?|disponibles?|hueco|huecos)|quien (?:me )?(?:puede|podria) atender',
);

/** "a la misma hora", "mismo horario": a move keeps its time. */
const SAME_TIME = words('(?:a )?(?:la )?misma hora|mismo horario|igual hora');

/** "a mi nombre", "para mí misma": the booking is under the customer's own name. */
const OWN_NAME = words(
  'a mi nombre|a nombre mio|(?:para|pa) mi(?: mism[oa])?(?= ,|$)|yo mism[oa]',
);

const OFFER_LATEST = words('(?:la|el) (?:de )?mas tarde', 'gu');
const OFFER_EARLIEST = words('(?:la|el) (?:de )?mas (?:temprano|pronto)', 'gu');

/** Goodbyes that name a day ("hasta mañana") ask for nothing. */
const BYE_WITH_DAY = words(
  '(?:hasta|nos vemos) (?:pasado )?ma[nñ]ana|ma[nñ]ana (?:te|os) (?:lo )?(?:digo|dire|escribo|confirmo|llamo|aviso|cuento)|(?:hasta|nos vemos) el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|(?:buen|feliz) (?:finde|fin de semana)|buenos dias',
  'gu',
);
const MORNING_TURN = words(
  '(?:por|en|a|durante) las? ma[nñ]anas?|esta ma[nñ]ana|primera hora',
);
const ANY_OPTION = words(
  'cualquiera|me da igual|me es igual|da igual|la que sea|lo que sea',
);
/** "me da igual quién", "cualquier peluquera": indifferent to who, not to which slot. */
const ABOUT_WHO = words(
  'quien|peluquer[oa]s?|estilistas?|personas?|chicas?|chicos?|profesional(?:es)?',
);
/** Turns about an existing appointment or a question: the details they carry are not a new choice. */
const NOT_CHOOSING: readonly Intent[] = [
  'cancel',
  'my_appointments',
  'booking_check',
  'complaint',
  'talk_to_person',
];

/** What may come with a bare name: "Laura, gracias", "hola, Laura". */
const ASIDES: ReadonlySet<Intent> = new Set<Intent>([
  'thanks_bye',
  'greeting',
  'affirm',
]);

/**
 * Offline and deterministic. Readings chosen where Spanish is ambiguous:
 * - "el viernes", "este viernes", "el próximo viernes", "el viernes que viene": the first Friday
 *   after today (today itself only with "este"); "el viernes de la semana que viene": next week's.
 * - "el 27": the next 27th on or after today; "el sábado 12": the next 12th that is a Saturday
 *   within three months, else the number decides ("el sábado a las 12" is a time). While a
 *   numbered list is open, "el 2" or "2" within the list (at most 9) is its option; "el 27",
 *   "27" and "el día 2" are days.
 * - "la semana que viene": next Monday to Sunday; "esta semana": today to Sunday; "el finde":
 *   the coming (or current) Saturday and Sunday; "en diciembre", "el mes que viene": the month.
 * - A part of the day is a time detail (choose_time): "por la mañana" is before 14:00, "por la
 *   tarde" from 14:00, "por la noche" and "a última hora" the afternoon, "a primera hora" the
 *   morning; "a mediodía" is about 12:00 (approximate). "de la mañana/tarde" right after a time
 *   only fixes that time.
 * - "a las 1"–"a las 8" are afternoon hours unless the turn says morning; "sobre", "hacia", "a
 *   eso de", "a partir de", "entre", "o así", "y pico" make a time approximate.
 * - "la última" is the last option of the bot's last numbered list (3 when none is at hand);
 *   "cualquiera" to a list of slots is the first one, and a bare time ("a las 11") the one at
 *   that time (choose_option, option null).
 * - A new detail in answer to the summary ("el sábado", "con Marta") is a correction; "más
 *   tarde", "antes" to the slots offered is a correction with no detail (which way is unknown:
 *   the dialogue asks for another day or time).
 * - A word several services share ("un corte", "depilación") with nothing telling them apart
 *   names none: they are `serviceChoices`. The catalogue's exact aliases decide ("corte de pelo").
 * - A name with a relation ("a nombre de mi hija Carla", "Carla, mi hija") is someone else's
 *   (`nameForSomeoneElse`); without one ("a nombre de Laura Pérez") the customer's own.
 * - "cancela la 2", "cambiar la primera": the change of that appointment of the list (option).
 * - "luego te digo", "nada más", "me lo pienso": a goodbye for now (thanks_bye).
 * - Misspelt service, day and month words are read as meant ("mexas", "el sabdo", "mañna"),
 *   more typos allowed in longer words; common words a typo away are never read so.
 * - How long a service takes is asked with price_question (its answer gives both).
 */
export class RulesUnderstander implements Understander {
  async understand(
    texts: string[],
    ctx: UnderstandingContext,
  ): Promise<Understanding> {
    return understandTurn(texts, ctx);
  }
}

/** The synchronous core of `RulesUnderstander` (well under a millisecond a turn). */
export function understandTurn(
  texts: readonly string[],
  ctx: UnderstandingContext,
): Understanding {
  const text = prepareTurn(texts);
  const entities: Entities = noEntities(texts.join('\n'));
  const clauses = text.norm.split(' , ');
  let norm = text.norm;

  const introduced = findIntroducedName(text);
  if (introduced) {
    entities.name = introduced.name;
    entities.nameForSomeoneElse = introduced.forSomeoneElse;
    norm = blank(norm, introduced.index, introduced.end);
  }
  const times = findTimes(norm, MORNING_TURN.test(norm));
  let rest = times.reduce((t, m) => blank(t, m.index, m.end), norm);
  const parts = findPartsOfDay(rest);
  for (const m of rest.matchAll(BYE_WITH_DAY))
    rest = blank(rest, m.index, m.index + m[0].length);
  const today = localToday(ctx.now, ctx.timeZone);
  const days = findDays(
    rest,
    today,
    optionLimit(ctx.expecting, ctx.recentTurns),
  );
  // "la de más tarde" / "la más temprano" of the slots offered: the last or the first one.
  if (ctx.expecting === 'option')
    norm = norm
      .replace(OFFER_LATEST, 'la ultima')
      .replace(OFFER_EARLIEST, 'la primera');
  const choice = findOption(norm, times, days, ctx.expecting, ctx.recentTurns);
  // "extensiones", "depilación láser": what the salon does not sell is named back, never
  // read as the nearest service it does sell.
  const unoffered = findUnofferedServices(norm, ctx.services);
  entities.unofferedServices = unoffered.services;
  const services = findServices(unoffered.rest, ctx.services);
  const namesService = services.ids.length + services.choices.length > 0;
  const found = detectWording(
    norm,
    namesService || unoffered.services.length > 0,
  );
  entities.ownName = !entities.name && OWN_NAME.test(norm);
  entities.sameTime = SAME_TIME.test(norm);
  if (WHO_IS_FREE.test(norm)) {
    entities.asksWhoIsFree = true;
    found.add('book');
  }
  // "¿mañana a las 12 tenéis para barba?": a service with a day or a time is a booking.
  if (
    found.has('services_question') &&
    namesService &&
    (days.length > 0 || times.length > 0)
  )
    found.add('book');
  entities.answerIds = findSalonAnswers(norm, ctx.answers);
  if (entities.answerIds.length > 0) {
    found.add('salon_question');
    // "¿hacéis tarjetas regalo?" asks about the salon's answer, not the catalogue.
    if (!namesService) found.delete('services_question');
  }
  // "¿está confirmada?" asks; only a yes of its own ("sí, ¿queda confirmada?") also confirms.
  if (
    found.has('booking_check')
      ? affirmsInAClause(clauses)
      : affirms(clauses, norm)
  )
    found.add('affirm');
  if (denies(clauses, norm)) found.add('deny');

  if (
    ctx.expecting === 'name' &&
    !entities.name &&
    [...found].every((intent) => ASIDES.has(intent)) &&
    !namesService &&
    days.length === 0 &&
    times.length === 0 &&
    !choice
  ) {
    const bare = bareName(text);
    if (bare) {
      entities.name = bare.name;
      entities.nameForSomeoneElse = bare.forSomeoneElse;
      return { ...rankIntents([...found, 'give_name']), entities };
    }
  }
  const stylists = findStylists(norm, ctx.stylists);
  let anyStylist = findAnyStylist(norm);
  let option = choice;
  if (
    !option &&
    anyStylist &&
    ctx.expecting === 'option' &&
    ANY_OPTION.test(norm) &&
    !ABOUT_WHO.test(norm)
  ) {
    // "cualquiera" to a list of slots: the first one will do.
    option = { option: 1, byTime: null, byDay: null };
    anyStylist = false;
  }
  if (
    !option &&
    ctx.expecting === 'option' &&
    times.length === 1 &&
    days.length === 0 &&
    parts.length === 0 &&
    !namesService &&
    stylists.length === 0 &&
    found.size === 0
  ) {
    // "a las 11" to a list of slots picks the one at 11 (the dialogue matches it to its offers).
    option = { option: null, byTime: times[0], byDay: null };
  }
  // "la primera" + "Alba Romero" in one burst: the slot, and the name to book under.
  if (option && !entities.name && ctx.expecting === 'option') {
    const named = nameBesideChoice(texts, ctx.stylists);
    if (named) {
      entities.name = named.name;
      entities.nameForSomeoneElse = named.forSomeoneElse;
    }
  }

  const cueEnd = correctionCue(norm, ctx.expecting);
  const chosenStylists = kept(
    norm,
    stylists.filter((s) => !s.rejected),
    cueEnd,
  );
  const dayMentions = newDays(
    norm,
    kept(
      norm,
      days.filter((d) => d !== option?.byDay),
      cueEnd,
    ),
    found,
  );
  const bounds = timeBoundsOf(norm, times);
  for (const bound of bounds) {
    if (bound.kind === 'end_by') entities.timeBounds.endBy = bound.minute;
    else entities.timeBounds.notBefore = bound.minute;
  }
  // "tengo que irme a las 5" is a limit, not 17:00 wished for; "antes de las 5" stays near it.
  const limitsOnly = new Set(
    bounds
      .filter((b) => b.kind === 'end_by' && !/antes de/.test(b.mention.text))
      .map((b) => b.mention),
  );
  const timeMentions = kept(
    norm,
    times.filter((t) => t !== option?.byTime && !limitsOnly.has(t)),
    cueEnd,
  );
  const partMentions = kept(norm, parts, cueEnd);
  entities.serviceIds = services.ids;
  entities.serviceChoices = services.choices;
  entities.stylistIds = [...new Set(chosenStylists.map((s) => s.id))];
  entities.rejectedStylistIds = [
    ...new Set(stylists.filter((s) => s.rejected).map((s) => s.id)),
  ];
  entities.anyStylist = anyStylist;
  entities.day =
    dayOf(dayMentions) ?? (option?.byDay ? option.byDay.range : null);
  entities.partOfDay = partMentions[0]?.partOfDay ?? null;
  const time = timeMentions[0] ?? option?.byTime;
  entities.time = time
    ? { minute: time.minute, approximate: time.approximate }
    : null;
  entities.option = option?.option ?? null;

  const details = {
    choose_service: namesService,
    choose_stylist: entities.stylistIds.length > 0 || anyStylist,
    choose_day: dayMentions.length > 0,
    choose_time:
      timeMentions.length > 0 || partMentions.length > 0 || bounds.length > 0,
  };
  const hasDetail =
    Object.values(details).some(Boolean) ||
    entities.rejectedStylistIds.length > 0 ||
    option !== null;
  // Picking from the list just offered ("prefiero la de las 12") is a choice, not a correction.
  const picks = option !== null && expectsChoice(ctx.expecting);
  // "el viernes no, el sábado": one day turned down for another.
  const swaps =
    swapped(norm, [...days, ...times, ...parts]) &&
    dayMentions.length + timeMentions.length + partMentions.length > 0;
  const corrects =
    (hasDetail &&
      (((cueEnd >= 0 || opensWithNo(clauses)) && !picks) ||
        swaps ||
        stylists.some((s) => s.correcting))) ||
    turnsDownProposal(norm, ctx.expecting) ||
    // A new detail in answer to the summary changes the booking.
    (ctx.expecting === 'confirmation' && hasDetail && !found.has('affirm'));
  entities.nudge = hasDetail ? null : nudgeOf(norm, ctx.expecting);
  if (corrects) {
    found.add('correction');
    found.delete('deny');
    found.delete('affirm');
    // "déjalo, mejor el viernes": the booking goes on with the new day.
    found.delete('change_of_mind');
  }
  if (option) found.add('choose_option');
  if (entities.name) found.add('give_name');
  const asksOnly =
    [...found].some(
      (i) => questionIntents.has(i) || NOT_CHOOSING.includes(i),
    ) &&
    !found.has('book') &&
    !found.has('correction') &&
    !found.has('reschedule');
  if (!asksOnly) {
    for (const [intent, present] of Object.entries(details) as [
      Intent,
      boolean,
    ][]) {
      if (present) found.add(intent);
    }
  }
  const ranked = rankIntents(found);
  if (found.has('cancel'))
    entities.day = dayOfTheCancel(texts, ctx) ?? entities.day;
  return { ...ranked, entities };
}

/**
 * The day of the appointment a cancel points at: "el miércoles 9 no voy a poder ir, anuladla"
 * (not a day turned down) + "la del 16 la mantengo" (another message): the one day named in the
 * message that cancels, when exactly one message does.
 */
function dayOfTheCancel(
  texts: readonly string[],
  ctx: UnderstandingContext,
): Entities['day'] {
  const cancelling = texts.filter((message) =>
    detectWording(prepareTurn([message]).norm, false).has('cancel'),
  );
  if (cancelling.length !== 1) return null;
  const days = findDays(
    prepareTurn(cancelling).norm,
    localToday(ctx.now, ctx.timeZone),
    null,
  );
  return days.length === 1 ? days[0].range : null;
}
