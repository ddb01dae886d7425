// The name to book under: "soy Laura Pérez", "me llamo…", "a nombre de mi hija Carla", or a bare name when one was asked for.
import { normalise, type StylistInfo } from '@atrevete/salon';
import { prepareTurn, typedWords, type TurnText } from './turn-text.js';

export interface NameMention {
  name: string;
  index: number;
  end: number;
  /** Introduced as a relative's or friend's ("a nombre de mi hija Carla"): the booking is for them. */
  forSomeoneElse: boolean;
}

const RELATIONS =
  'hija|hijo|madre|padre|mama|papa|marido|mujer|esposa|esposo|novia|novio|pareja|hermana|hermano|amiga|amigo|suegra|suegro|abuela|abuelo|nieta|nieto|sobrina|sobrino|prima|primo|tia|tio|compañera|compañero|cuñada|cuñado|nuera|yerno|vecina|vecino|niña|niño|peque';
/** What introduces a name; "para mi hija Carla" names the person the booking is for. */
const INTRODUCTION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:soy|me llamo|mi nombre es|nombre|(?:a|al|en) nombre de)(?: (?:mi|mis) (?:${RELATIONS}))?|(?:para|es para) (?:mi|mis) (?:${RELATIONS})(?: ,)?(?: (?:que )?se llama)?|de parte de)(?: ,)? `,
  'gu',
);
const RELATION = new RegExp(
  `(?:mi|mis) (?:${RELATIONS})(?![\\p{L}\\p{N}])`,
  'u',
);
/** "a nombre de Carla, mi hija", "Carla, que es mi hija": the relation after the name. */
const RELATION_AFTER = new RegExp(
  `^ (?:, )?(?:que es |es )?(?:mi|mis) (?:${RELATIONS})(?![\\p{L}\\p{N}])`,
  'u',
);
/** Joins inside a name: "María del Carmen". */
const CONNECTORS = new Set(['de', 'del']);
/** Words after "soy" or in a bare answer that are not a name. */
const NOT_NAMES = new Set(
  `a al con de del e el en la las lo los le me mi mis o os para por que se su te tu un una unas uno unos y ya yo si no ni muy mas pero porque cuando como donde quien cual hola buenas buenos gracias vale ok okey perfecto claro genial bien mal favor porfa xfa plis cita citas hueco quiero queria quisiera necesito reservar reserva hora horas hoy mañana manana tarde tardes noche dia dias semana finde lunes martes miercoles jueves viernes sabado domingo nueva nuevo cliente clienta habitual aqui ahi alli esta este esto eso esa ese otra otro tambien nombre llamo soy es era sea seria sera estoy estaba tengo tenia puedo voy vengo busco pido uno dos tres cuatro cinco seis ambas ambos todos todas nosotras nosotros cortes tintes peinados servicios pon ponlo ponla ponle alergica alergico peluqueria corte mechas tinte pelo barba manicura pedicura uñas cejas consulta sobre hacia igual cualquiera primera segunda tercera ultima opcion numero ${RELATIONS.split('|').join(' ')}`.split(
    ' ',
  ),
);
const BARE_FILLER_BEFORE = new Set([
  'pon',
  'ponlo',
  'ponla',
  'ponle',
  'pues',
  'es',
  'seria',
  'sera',
  'vale',
  'ok',
  'si',
  'claro',
  'soy',
]);
const BARE_FILLER_AFTER = new Set(['gracias', 'porfa', 'xfa', 'plis']);

const NAME_WORD = new RegExp(String.raw`^\p{L}{2,}$`, 'u');

function isNameWord(word: string): boolean {
  return NAME_WORD.test(word) && !NOT_NAMES.has(word);
}

/** Up to four name words ("José Luis Gómez Pérez") (joined by "de"/"del") from the start of `tokens`. */
function nameWords(tokens: readonly string[]): string[] {
  const taken: string[] = [];
  for (let i = 0; i < tokens.length && taken.length < 6; i++) {
    const token = tokens[i];
    if (isNameWord(token)) taken.push(token);
    else if (
      taken.length > 0 &&
      CONNECTORS.has(token) &&
      isNameWord(tokens[i + 1] ?? '')
    )
      taken.push(token);
    else break;
  }
  return taken.filter((word) => !CONNECTORS.has(word)).length <= 4 ? taken : [];
}

/** "laura perez" → "Laura Perez"; "maría" → "María": capitals added, the customer's accents kept. */
function asName(found: readonly string[], text: TurnText): string {
  const typed = typedWords(text);
  return found
    .map((word) => {
      if (CONNECTORS.has(word)) return word;
      const asTyped = typed.get(word) ?? word;
      return asTyped.charAt(0).toUpperCase() + asTyped.slice(1);
    })
    .join(' ');
}

/** A name introduced as such anywhere in the turn. */
export function findIntroducedName(text: TurnText): NameMention | null {
  for (const m of text.norm.matchAll(INTRODUCTION)) {
    const start = m.index + m[0].length;
    const found = nameWords(text.norm.slice(start).split(' '));
    if (found.length > 0) {
      const end = start + found.join(' ').length;
      return {
        name: asName(found, text),
        index: m.index,
        end,
        forSomeoneElse:
          RELATION.test(m[0]) || RELATION_AFTER.test(text.norm.slice(end)),
      };
    }
  }
  return null;
}

const RELATION_WORDS = new Set(RELATIONS.split('|'));

/**
 * The whole turn as a name ("Laura", "laura perez, gracias", "Carla, mi hija"), when the bot has
 * just asked for one.
 */
export function bareName(
  text: TurnText,
): { name: string; forSomeoneElse: boolean } | null {
  const tokens = text.norm.split(/[ ,]+/).filter((token) => token !== '');
  while (tokens.length > 1 && BARE_FILLER_BEFORE.has(tokens[0])) tokens.shift();
  while (tokens.length > 1 && BARE_FILLER_AFTER.has(tokens[tokens.length - 1]))
    tokens.pop();
  let forSomeoneElse = false;
  const n = tokens.length;
  if (
    n > 2 &&
    RELATION_WORDS.has(tokens[n - 1]) &&
    (tokens[n - 2] === 'mi' || tokens[n - 2] === 'mis')
  ) {
    forSomeoneElse = true;
    tokens.splice(n - 2);
    if (tokens[tokens.length - 1] === 'es') tokens.pop();
    if (tokens[tokens.length - 1] === 'que') tokens.pop();
  }
  const found = nameWords(tokens);
  return found.length > 0 && found.length === tokens.length
    ? { name: asName(found, text), forSomeoneElse }
    : null;
}

/**
 * A message of the burst that is only a name ("la primera" + "Alba Romero"), sent with the choice
 * of a slot; never a stylist's name ("la de las 10" + "Ana" may mean her).
 */
export function nameBesideChoice(
  texts: readonly string[],
  stylists: readonly StylistInfo[],
): { name: string; forSomeoneElse: boolean } | null {
  if (texts.length < 2) return null;
  const stylistNames = new Set(
    stylists.map((s) => normalise(s.name).split(' ')[0]),
  );
  for (const message of texts) {
    const bare = bareName(prepareTurn([message]));
    if (bare && !stylistNames.has(normalise(bare.name).split(' ')[0]))
      return bare;
  }
  return null;
}
