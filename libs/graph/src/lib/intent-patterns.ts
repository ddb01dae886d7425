// Spanish phrasings of each intent, tried on normalised text (lowercase, no accents, no punctuation).
import type { Intent } from './understanding.js';

/** A regex that matches one of the phrases as whole words; phrases may hold regex syntax. */
function phrases(...alternatives: string[]): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    'u',
  );
}

/** Intents recognised from wording alone, in the order that decides the main intent of a turn. */
const patterns: [Intent, RegExp][] = [
  [
    'talk_to_person',
    phrases(
      'hablar con \\p{L}+',
      'con una persona',
      'persona real',
      'humano',
      'agente',
      'operador(?:a)?',
      'que me llame\\p{L}*',
      'llamadme',
      'atencion al cliente',
    ),
  ],
  [
    'complaint',
    phrases(
      'queja\\p{L}*',
      'reclama\\p{L}*',
      'fatal',
      'muy mal',
      'horrible',
      'indignad[oa]',
      'enfadad[oa]',
      'mal servicio',
      'no estoy (?:nada )?content[oa]',
      'verguenza',
      'desastre',
      'estafa',
    ),
  ],
  [
    'cancel',
    phrases(
      'cancel\\p{L}*',
      'anul\\p{L}*',
      'no (?:puedo|podre|voy a poder) ir',
      'borrar (?:la|mi) cita',
    ),
  ],
  [
    'reschedule',
    phrases(
      '(?:cambi|mov|muev|aplaz|retras|adelant|reprogram)\\p{L}* (?:\\p{L}+ )?(?:cita|hora|dia|reserva)',
      'cambiarla',
      'moverla',
      'otro dia',
      'otra hora',
    ),
  ],
  [
    'my_appointments',
    phrases(
      'que citas tengo',
      'mis citas',
      'mi cita',
      'mis reservas',
      'mi reserva',
      'tengo (?:alguna )?cita',
      '(?:cuando|a que hora) (?:es|era|tengo) (?:mi|la) cita',
    ),
  ],
  [
    'book',
    phrases(
      'citas?',
      'reserv\\p{L}*',
      'huecos?',
      'disponibilidad',
      '(?:pedir|coger|dar|tienes|teneis|hay) hora',
      'agendar',
      'apuntar(?:me)?',
      'hay sitio',
    ),
  ],
  [
    'price_question',
    phrases(
      '(?<!en )cuanto',
      'cuantos euros',
      'precios?',
      'tarifas?',
      'coste',
      'cuestan?',
      'que valen?',
    ),
  ],
  [
    'services_question',
    phrases(
      'servicios?',
      'que (?:haceis|ofreceis|teneis|hacen|ofrecen)',
      'haceis',
      'ofreceis',
      'tratamientos',
      'catalogo',
      'os dedicais',
    ),
  ],
  [
    'hours_question',
    phrases(
      'horarios?',
      '(?:a que hora|cuando|hasta que hora) (?:abr|cerr|cierr)\\p{L}*',
      'abris',
      'abren',
      'abre',
      'abiertos?',
      'abiertas?',
      'cerrais',
      'cierran',
      'cierra',
      'cerrados?',
      'hora de (?:apertura|cierre)',
      'que dias (?:abr|trabaj)\\p{L}*',
    ),
  ],
  [
    'address_question',
    phrases(
      'donde (?:estais|esta|estan|os encuentro|quedais|queda|sois|es)',
      'direccion',
      'ubicacion',
      'ubicados',
      'como (?:llego|llegar|se llega)',
      'localizacion',
      'mapa',
      'en que calle',
      'por donde',
    ),
  ],
  [
    'thanks_bye',
    phrases(
      'gracias',
      'grcias',
      'agradecid[oa]',
      'adios',
      'hasta (?:luego|pronto|otra|la proxima)',
      'chao',
      'chau',
      'nos vemos',
      'un saludo',
      'bye',
    ),
  ],
  [
    'affirm',
    /^(?:(?:si+|sip|vale|ok|okay|okey|oki|perfect[oa]|de acuerdo|claro|genial|estupendo|correcto|exacto|eso es|por supuesto|venga|dale|muy bien|me parece bien|sin problema) ?)+$/u,
  ],
  [
    'deny',
    /^(?:(?:no+|nop|mejor no|para nada|nada|ninguno|ninguna|no quiero|tampoco|de momento no|ahora no|todavia no|aun no|nada mas) ?)+$/u,
  ],
  [
    'greeting',
    phrases(
      'hola+',
      'holi',
      'ola',
      'buenas',
      'buenos dias',
      'buen dia',
      'hey',
      'saludos',
      'que tal',
    ),
  ],
];

/** Words that turn a named service into a wish for it ("quiero hacerme mechas"). */
const wish = phrases(
  'quiero',
  'queria',
  'quisiera',
  'gustaria',
  'necesito',
  'busco',
  'me apetece',
);

/** Questions about a service: a wish next to one is a question ("quiero saber el precio"). */
const aboutService = new Set<Intent>(['price_question', 'services_question']);

/** The rank of an intent: lower ranks win the main intent of a turn. */
export function intentRank(intent: Intent): number {
  const index = patterns.findIndex(([candidate]) => candidate === intent);
  return index === -1 ? patterns.length : index;
}

/**
 * Intents of one normalised message. A trailing "gracias" does not hide a yes or a no
 * ("vale, gracias"), and a wish plus a named service is a booking unless it asks about it.
 */
export function detectIntents(
  message: string,
  namesService: boolean,
): Intent[] {
  const withoutThanks = message.replace(/ ?(?:muchas )?gracias$/, '');
  const found = patterns
    .filter(([intent, pattern]) =>
      pattern.test(
        intent === 'affirm' || intent === 'deny' ? withoutThanks : message,
      ),
    )
    .map(([intent]) => intent);
  const asksAboutService = found.some((intent) => aboutService.has(intent));
  if (
    namesService &&
    wish.test(message) &&
    !asksAboutService &&
    !found.includes('book')
  ) {
    found.push('book');
  }
  return found;
}
