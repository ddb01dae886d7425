// Yes, no and "no, mejor…": answers in many forms, and the cue words of a correction.
import type { Expectation } from '../understanding.js';
import { words } from './turn-text.js';

const YES =
  'si+|sip|sep|sisi|vale|ok|okk|oka|okey|okay|oki|okis|perfect[oa]|perfe|de acuerdo|deacuerdo|dacuerdo|claro|claro que si|genial|estupend[oa]|correct[oa]|exact[oa]|eso es(?! todo)|por supuesto|venga|dale|muy bien|me parece bien|me parece perfecto|me vale|me va bien|me viene bien|me sirve|me cuadra|sin problema|confirm[oa]|confirmad[oa]|confirmar|confirmala|adelante|hecho|guay|yes|afirmativo|listo|fenomenal|bien|de lujo|maravilloso|chachi|efectivamente|asi es|seguro|por mi bien|me encaja|si que si';
const YES_FILLER =
  'bueno|ah|oh|ahh|pues|por favor|porfa|porfi|xfa|plis|pls|gracias|muchas gracias|mil gracias|entonces|pues|la cita|reservala|hazla|ya|eh|todo|asi|tambien|a ti|tu|la reserva|guapa|guapo|maja|majo|perfecto';
/** A clause made only of yes-words: "sí", "vale, perfecto", "ok gracias", "👍". */
const YES_CLAUSE = new RegExp(`^(?:(?:${YES}|${YES_FILLER})(?: |$))+$`, 'u');
const YES_WORD = words(YES);
/** "sí quiero", "sí, la 2", "sí a las 5": a clause opening with a yes. */
const YES_OPENING = new RegExp(
  String.raw`^si (?:quiero|confirmo|me|claro|esa|ese|esta|la|el|a|perfecto|genial|gracias|vale|porfa|adelante|reserva|eso|por favor)(?![\p{L}\p{N}])`,
  'u',
);
/** "ok y cuánto es", "vale y a qué hora abrís": yes-words, then "y" and something more. */
const YES_THEN_AND = new RegExp(`^(?:(?:${YES})(?: |$))+y `, 'u');
const YES_ANYWHERE = words(
  '(?<!no )(?:confirmo|confirmad[oa]|me parece (?:bien|perfecto|genial)|adelante con (?:la|el) \\p{L}+|(?:alli|ahi|aqui) (?:estare|estaremos|nos vemos)|sin falta|cuenta conmigo|cuenta con ello)',
);

const NO =
  'no+|nop|nope|nah|na|que va|ni hablar|negativo|mejor no|para nada|nada|ningun[oa]|tampoco|de momento no|por ahora no|ahora no|todavia no|aun no|no gracias|no hace falta|no es necesario|dejalo|dejalo estar|olvidalo|no quiero|no me interesa|nada mas|eso es todo|pues no|casi mejor no|mejor que no|que no|creo que no|no puedo|no me viene bien|no me va bien|no me cuadra|ninguna me va bien|ninguna me viene bien';
const NO_FILLER =
  'uf|uff|buf|ay|uy|jo|vaya|ains|gracias|muchas gracias|por ahora|de momento|entonces|pues|la verdad|ya|eh|vale|ok|lo siento|perdona|al final|finalmente|me temo que|creo que';
const NO_CLAUSE = new RegExp(`^(?:(?:${NO}|${NO_FILLER})(?: |$))+$`, 'u');
const NO_WORD = words(NO);
const NO_ANYWHERE = words(
  'no me (?:viene|va|cuadra|vale|sirve|interesa|convence)|ningun[oa] me (?:va|viene|sirve|vale|cuadra|convence)|mejor no|dejalo|olvidalo|no (?:, )?gracias|no confirmo|no quiero (?:la cita|reservar|nada|ninguna)|no hace falta|ningun[oa] de (?:esas|esos|estas|estos|las \\p{L}+|los \\p{L}+)|no puedo (?:a esa hora|ese dia|esa hora|a esas horas)|no (?:voy a poder|podre)(?: ir)?(?= ,|$)|a esa hora no puedo|ese dia no puedo',
);

/** Cue words of a correction; "prefiero" and "pero" only correct what the bot just proposed. */
const CORRECTION_CUE = words(
  'mejor(?! no(?![\\p{L}\\p{N}]))|en vez de\\p{L}*|en lugar de\\p{L}*|queria decir|quise decir|me (?:he )?equivoca\\p{L}*|me equivoque|rectifico|al final|cambia(?:lo|la)? (?:a|al|por|para)|cambialo|mas bien|o sea',
  'gu',
);
const PROPOSAL_CUE = words('prefiero|preferiria|pero', 'gu');

/** A clause that is a yes, or opens with one ("sí, …", "ok y …"). */
export function affirmsInAClause(clauses: readonly string[]): boolean {
  return clauses.some(
    (clause) =>
      (YES_CLAUSE.test(clause) && YES_WORD.test(clause)) ||
      YES_OPENING.test(clause) ||
      YES_THEN_AND.test(clause),
  );
}

export function affirms(clauses: readonly string[], norm: string): boolean {
  return affirmsInAClause(clauses) || YES_ANYWHERE.test(norm);
}

export function denies(clauses: readonly string[], norm: string): boolean {
  return (
    clauses.some((clause) => NO_CLAUSE.test(clause) && NO_WORD.test(clause)) ||
    NO_ANYWHERE.test(norm)
  );
}

/** True when the turn opens with a plain no ("no, a las 6"): what follows replaces what was proposed. */
export function opensWithNo(clauses: readonly string[]): boolean {
  return (
    clauses.length > 1 && NO_CLAUSE.test(clauses[0]) && NO_WORD.test(clauses[0])
  );
}

/** Where a correction's cue word ends (what comes after it is the new choice), or -1. */
export function correctionCue(
  norm: string,
  expecting: Expectation | null,
): number {
  const cues = [...norm.matchAll(CORRECTION_CUE)];
  if (expecting === 'confirmation' || expecting === 'option')
    cues.push(...norm.matchAll(PROPOSAL_CUE));
  if (cues.length === 0) return -1;
  return Math.min(...cues.map((m) => m.index + m[0].length));
}

/** "mejor otro día": the proposal is turned down, the booking goes on. */
const ANOTHER_TIME = words(
  '(?:mejor|prefiero|no ,?|y si es|puede ser) (?:otro dia|otra hora|otro momento|otra fecha|otro horario)',
);
/** "más tarde", "algo antes", "antes": a nudge to the slots just offered (which way, the dialogue asks). */
const NUDGE = words(
  'mas (?:tarde|temprano|pronto)|(?:algo|un poco|un pelin|un poquito|nada|algo mas|un poco mas|mas) (?:antes|despues)|(?<=^|, )(?:antes|despues)(?= ,|$| (?:porfa|por favor|mejor|no|puede ser|si puede ser|tienes|teneis|hay)(?![\\p{L}\\p{N}]))',
);
const NUDGE_EARLIER = words(
  'mas (?:temprano|pronto)|(?:algo|un poco|un pelin|un poquito|nada|algo mas|un poco mas|mas) antes|(?<=^|, )antes(?= ,|$| (?:porfa|por favor|mejor|no|puede ser|si puede ser|tienes|teneis|hay)(?![\\p{L}\\p{N}]))',
);

/** "te digo algo más tarde", "hablamos luego": the customer will come back, not a nudge. */
const LATER = words(
  '(?:te|os) (?:lo )?(?:digo|dire|escribo|escribire|confirmo|llamo|aviso|cuento|respondo|contesto)(?: algo)?|hablamos|(?:te|os) vuelvo a escribir',
);

/** "más tarde" or "más temprano" to the slots just offered: which way; null when neither. */
export function nudgeOf(
  norm: string,
  expecting: Expectation | null,
): 'later' | 'earlier' | null {
  if (expecting !== 'option' && expecting !== 'confirmation') return null;
  if (!NUDGE.test(norm) || LATER.test(norm) || ANOTHER_TIME.test(norm))
    return null;
  return NUDGE_EARLIER.test(norm) ? 'earlier' : 'later';
}

/** "mejor otro día", or "más tarde" to the slots just offered: the proposal is turned down, the booking goes on. */
export function turnsDownProposal(
  norm: string,
  expecting: Expectation | null,
): boolean {
  return (
    ANOTHER_TIME.test(norm) ||
    ((expecting === 'option' || expecting === 'confirmation') &&
      NUDGE.test(norm) &&
      !LATER.test(norm))
  );
}
