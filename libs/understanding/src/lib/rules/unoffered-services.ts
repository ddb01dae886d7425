// Services salons commonly sell, in their Spanish variants: those a salon's catalogue lacks are named back ("no hacemos extensiones"), never mistaken for one it has.
import { normalise, type ServiceInfo } from '@atrevete/salon';
import type { UnofferedService } from '../understanding.js';
import { findServices } from './services.js';
import { blank, words } from './turn-text.js';
import { TypoCorrector } from './typos.js';

interface CommonService {
  /** How the bot names it back: "no hacemos {name}". */
  name: string;
  /** Its Spanish forms, as regex alternatives over prepared text (lowercase, no accents). */
  forms: string;
  /** Words of what a salon may offer instead, looked up in the catalogue ("cejas" for microblading). */
  closest: string[];
}

/**
 * More specific forms first: "extensiones de pestañas" before "extensiones", "depilación láser"
 * before anything with "depilación".
 */
const COMMON_SERVICES: CommonService[] = [
  {
    name: 'extensiones de pestañas',
    forms:
      'extensiones? de pesta[nñ]as|pesta[nñ]as (?:postizas|pelo a pelo)|pelo a pelo',
    closest: ['lifting de pestañas', 'pestañas', 'tinte de pestañas'],
  },
  {
    name: 'lifting de pestañas',
    forms: 'lifting de pesta[nñ]as|permanente de pesta[nñ]as|lash lifting',
    closest: ['pestañas', 'cejas'],
  },
  {
    name: 'extensiones',
    forms:
      'extensiones?(?: de (?:pelo|cabello|queratina|clip|cortina))?|alargamiento de pelo|pelo natural cosido',
    closest: ['peinado', 'tratamiento', 'corte mujer'],
  },
  {
    name: 'microblading',
    forms: 'microblading|micro blading|microbleding|cejas pelo a pelo',
    closest: ['cejas', 'depilacion de cejas', 'tinte de cejas'],
  },
  {
    name: 'micropigmentación',
    forms:
      'micropigmentacion|micro pigmentacion|maquillaje permanente|dermopigmentacion',
    closest: ['cejas', 'maquillaje'],
  },
  {
    name: 'tatuajes',
    forms: 'tatuajes?|tatuar\\p{L}*|tattoos?|tatoo',
    closest: [],
  },
  { name: 'piercings', forms: 'piercings?|agujeros? en la oreja', closest: [] },
  {
    name: 'uñas de gel o acrílicas',
    forms:
      'u[nñ]as (?:de |en )?(?:gel|acrilico|acrilicas|porcelana|esculpidas|postizas)|acrilicas|acrilico|nail art|manicura rusa|relleno de u[nñ]as',
    closest: ['manicura'],
  },
  {
    name: 'esmaltado semipermanente',
    forms:
      '(?:esmaltado |manicura |u[nñ]as )?semipermanentes?|esmaltado permanente',
    closest: ['manicura'],
  },
  {
    name: 'depilación láser',
    forms:
      'depilacion (?:con |por )?laser|laser|fotodepilacion|luz pulsada|diodo|ipl',
    closest: ['depilacion'],
  },
  {
    name: 'botox',
    forms:
      'botox|bo tox|toxina botulinica|acido hialuronico|rellenos? de (?:labios|arrugas)|hialuronico|aumento de labios|mesoterapia|peeling quimico|hilos tensores',
    closest: ['tratamiento facial', 'limpieza facial', 'facial'],
  },
  {
    name: 'bronceado',
    forms:
      'bronceado|broncear\\p{L}*|rayos uva|uva|cabina de bronceado|autobronceador|spray tan|bronceado en spray|solarium',
    closest: ['tratamiento facial', 'facial'],
  },
  {
    name: 'masajes terapéuticos',
    forms:
      'fisioterapia|fisio|quiromasaje|drenaje linfatico|presoterapia|osteopatia|masaje deportivo',
    closest: ['masaje'],
  },
  {
    name: 'tratamientos corporales',
    forms:
      'cavitacion|radiofrecuencia|maderoterapia|mesoterapia corporal|anticelulitico',
    closest: ['masaje', 'tratamiento'],
  },
  {
    name: 'podología',
    forms:
      'podolog\\p{L}*|podologo|pedicura medica|callos|durezas|u[nñ]a encarnada|quiropodia',
    closest: ['pedicura'],
  },
  {
    name: 'trenzas y rastas',
    forms:
      'rastas|dreadlocks|trenzas africanas|box braids|trenzas de raiz|trencitas',
    closest: ['peinado', 'recogido'],
  },
  {
    name: 'pelucas y prótesis capilares',
    forms:
      'pelucas?|protesis capilar(?:es)?|postizos?|injerto capilar|injertos? de pelo',
    closest: ['tratamiento'],
  },
  {
    name: 'blanqueamiento dental',
    forms: 'blanqueamiento (?:dental|de dientes)|blanquear los dientes',
    closest: [],
  },
];

interface Prepared {
  entries: { service: CommonService; pattern: RegExp }[];
  typos: TypoCorrector;
}

const PREPARED: Prepared = {
  entries: COMMON_SERVICES.map((service) => ({
    service,
    pattern: words(service.forms, 'gu'),
  })),
  typos: new TypoCorrector([
    'extensiones',
    'microblading',
    'micropigmentacion',
    'tatuaje',
    'tatuajes',
    'piercing',
    'acrilicas',
    'semipermanente',
    'fotodepilacion',
    'bronceado',
    'hialuronico',
    'podologo',
    'pelucas',
  ]),
};

/** Which common services a catalogue does sell: its names and aliases read as a customer would write them. */
const offeredByCatalogue = new WeakMap<readonly ServiceInfo[], Set<string>>();

function offeredBy(services: readonly ServiceInfo[]): Set<string> {
  let offered = offeredByCatalogue.get(services);
  if (!offered) {
    const names = services.flatMap((s) =>
      [s.name, ...s.aliases].map((n) => normalise(n)),
    );
    offered = new Set(
      COMMON_SERVICES.filter((common) => {
        const pattern = words(common.forms);
        return names.some((name) => pattern.test(name));
      }).map((common) => common.name),
    );
    offeredByCatalogue.set(services, offered);
  }
  return offered;
}

export interface UnofferedFound {
  services: UnofferedService[];
  /** The turn with those mentions blanked: what is left to find the salon's own services in. */
  rest: string;
}

/**
 * Common salon services named in a prepared turn that the catalogue does not sell, each with
 * the catalogue's closest services (at most three). A service the catalogue sells is left to
 * the catalogue's matcher.
 */
export function findUnofferedServices(
  norm: string,
  services: readonly ServiceInfo[],
): UnofferedFound {
  const offered = offeredBy(services);
  let rest = norm.replace(
    /\p{L}{5,}/gu,
    (word) => PREPARED.typos.correct(word) ?? word,
  );
  const found: UnofferedService[] = [];
  for (const { service, pattern } of PREPARED.entries) {
    if (offered.has(service.name)) continue;
    for (const match of rest.matchAll(pattern)) {
      rest = blank(rest, match.index, match.index + match[0].length);
      if (!found.some((f) => f.name === service.name))
        found.push({
          name: service.name,
          closestServiceIds: closest(service, services),
        });
    }
  }
  return { services: found, rest: found.length > 0 ? rest : norm };
}

function closest(
  service: CommonService,
  services: readonly ServiceInfo[],
): number[] {
  const ids: number[] = [];
  for (const words of service.closest) {
    const { ids: named, choices } = findServices(words, services);
    for (const id of [...named, ...choices])
      if (!ids.includes(id)) ids.push(id);
  }
  return ids.slice(0, 3);
}
