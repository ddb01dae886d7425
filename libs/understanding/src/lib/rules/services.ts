// The salon's services named in a turn: the catalogue's matcher on mended words, then a bare "corte" or "depilación" told apart by the words around it, or left for the customer to choose.
import { normalise, ServiceMatcher, type ServiceInfo } from '@atrevete/salon';
import { TypoCorrector } from './typos.js';
import { words } from './turn-text.js';

export interface ServicesFound {
  /** Services named without doubt, in the order named. */
  ids: number[];
  /** Services one word could mean ("un corte"), in catalogue order: the customer chooses. */
  choices: number[];
}

interface ServiceIndex {
  matcher: ServiceMatcher;
  /** First word of each service's name: services sharing it are told apart by other words. */
  heads: Map<number, string>;
  /** Words of a service's name and aliases besides its first word ("piernas", "cejas"). */
  marks: Map<number, Set<string>>;
  men: Set<number>;
  women: Set<number>;
  /** The catalogue's words, for mending misspelt ones ("mexas", "queratina", "manicur"). */
  typos: TypoCorrector;
  /** Catalogue order of each service. */
  order: Map<number, number>;
}

/** Built once per loaded list of services. */
const indexes = new WeakMap<readonly ServiceInfo[], ServiceIndex>();

const MEN_SERVICE = words('hombre|caballero|masculino');
const WOMEN_SERVICE = words('mujer|señora|dama|femenino');
const MEN_CUE = words(
  'barba|hombre|caballero|chico|marido|hijo|novio|padre|niño|nino|señor',
);
const WOMEN_CUE = words('mujer|señora|chica|hija|novia|madre|niña|nina');
/** Everyday words for what catalogues name otherwise: "teñirme" is a tinte, "los pies" a pedicura. */
const EVERYDAY: [RegExp, string][] = [
  [words('teñir\\p{L}*|tenir\\p{L}*|teñido', 'gu'), 'tinte'],
  [words('mechitas', 'gu'), 'mechas'],
  [words('(?:las )?uñas de los pies|(?:los )?pies', 'gu'), 'pedicura'],
  [words('(?:las )?manos', 'gu'), 'manicura'],
  [words('alisar\\p{L}*', 'gu'), 'alisado'],
  [words('masajito', 'gu'), 'masaje'],
  [words('depilar\\p{L}*', 'gu'), 'depilacion'],
  [words('peinar\\p{L}+|(?<!lavar y )peinar', 'gu'), 'peinado'],
];
const EVERYDAY_HINT =
  /teñ|teni|mechitas|pies|manos|alisar|masajito|depilar|cort[ae]|peinar/;
/** A cut without saying whose: "cortarme" (but "cortar el pelo" is the catalogue's own alias). */
const CUTTING: [RegExp, string][] = [
  [words('cortar\\p{L}* (?:la |mi )?barba', 'gu'), 'barba'],
  [words('cort(?:en|eis|es|as|a|ais) (?:el|mi) pelo', 'gu'), 'cortar el pelo'],
  [words('cortar\\p{L}*(?! el pelo)|cortecito', 'gu'), 'corte'],
];
/** "tengo una consulta" is a question, not the colour consultation. */
const A_QUESTION = words(
  '(?:tengo|tenia|tendria|hacer|hacerte|haceros|otra|pequeña|una duda ,?) (?:una )?consulta(?! (?:de )?colou?r)',
  'gu',
);
/**
 * Real words a typo away from a service's word ("costar" and "cortar", "muchas" and "mechas",
 * "consultar" and "consulta"): never mended, and hidden from the matcher's own typo allowance.
 */
const NOT_SERVICE_WORDS = new Set(
  'facil avisado avisada calor tinta fechas fecha quejas cajas mensaje pensado pintado recogida recorrido mucha muchas muchos costar contar cohete corear coartar consultar consulto consultarte consultaros consultas aliado alistado alzado dedicacion depuracion derivacion desolacion destilacion dilacion desilusion peinador reflujo penado'.split(
    ' ',
  ),
);
const WORD = new RegExp(String.raw`\p{L}{5,}`, 'gu');

function singular(word: string): string {
  return word.length > 4 ? word.replace(/s$/, '') : word;
}

function indexOf(services: readonly ServiceInfo[]): ServiceIndex {
  let index = indexes.get(services);
  if (!index) {
    const names = services.map((s) => [s.id, normalise(s.name)] as const);
    const heads = new Map(names.map(([id, name]) => [id, name.split(' ')[0]]));
    const vocabulary = services.flatMap((s) =>
      [s.name, ...s.aliases].flatMap((phrase) => normalise(phrase).split(' ')),
    );
    index = {
      matcher: new ServiceMatcher(services),
      typos: new TypoCorrector(
        vocabulary.flatMap((word) => [word, singular(word)]),
        NOT_SERVICE_WORDS,
      ),
      order: new Map(services.map((s, i) => [s.id, i])),
      heads,
      marks: new Map(
        services.map((s) => [
          s.id,
          new Set(
            [s.name, ...s.aliases]
              .flatMap((phrase) => normalise(phrase).split(' '))
              .filter((word) => word.length > 3 && word !== heads.get(s.id))
              .map(singular),
          ),
        ]),
      ),
      men: new Set(
        names.filter(([, n]) => MEN_SERVICE.test(n)).map(([id]) => id),
      ),
      women: new Set(
        names.filter(([, n]) => WOMEN_SERVICE.test(n)).map(([id]) => id),
      ),
    };
    indexes.set(services, index);
  }
  return index;
}

/** Services sharing a first word are narrowed to those whose other words the turn uses. */
function narrowByMarks(
  ids: number[],
  index: ServiceIndex,
  norm: string,
): number[] {
  const used = new Set(norm.split(' ').map(singular));
  const marked = (id: number) =>
    [...(index.marks.get(id) ?? [])].some((word) => used.has(word));
  return ids.filter((id) => {
    const group = ids.filter(
      (other) => index.heads.get(other) === index.heads.get(id),
    );
    return group.length < 2 || marked(id) || !group.some(marked);
  });
}

/** A cut for a man is the men's cut, whichever name the customer used (and the other way round). */
function narrowByWho(
  ids: number[],
  index: ServiceIndex,
  norm: string,
): number[] {
  const men = MEN_CUE.test(norm);
  if (men === WOMEN_CUE.test(norm)) return ids;
  const [wanted, other] = men
    ? [index.men, index.women]
    : [index.women, index.men];
  const swapped = ids.map((id) => {
    if (!other.has(id)) return id;
    const head = index.heads.get(id);
    return (
      [...wanted].find((candidate) => index.heads.get(candidate) === head) ?? id
    );
  });
  const unique = [...new Set(swapped)];
  return unique.filter((id) => {
    const group = unique.filter(
      (o) => index.heads.get(o) === index.heads.get(id),
    );
    return (
      group.length < 2 || wanted.has(id) || !group.some((o) => wanted.has(o))
    );
  });
}

/** The words of a turn as the catalogue spells them: typos mended, common look-alikes hidden. */
function mended(text: string, index: ServiceIndex): string {
  return text.replace(WORD, (word) =>
    NOT_SERVICE_WORDS.has(word) ? '-' : (index.typos.correct(word) ?? word),
  );
}

/**
 * The services named in a prepared turn. A word shared by several services' names ("corte",
 * "depilación"), with nothing around it telling them apart, names none of them: they are the
 * choices to offer. Exact names and aliases decide ("corte de pelo" is the salon's Corte mujer).
 */
export function findServices(
  norm: string,
  services: readonly ServiceInfo[],
): ServicesFound {
  const index = indexOf(services);
  let text = norm;
  if (EVERYDAY_HINT.test(text)) {
    for (const [pattern, name] of [...CUTTING, ...EVERYDAY])
      text = text.replace(pattern, name);
  }
  if (text.includes('consulta')) text = text.replace(A_QUESTION, 'pregunta');
  text = mended(text, index);
  const matched = index.matcher.match([text]);
  if (matched.length === 0) return { ids: matched, choices: [] };
  const found = narrowByWho(narrowByMarks(matched, index, text), index, text);
  // What is left of a group sharing a first word, none of them marked by its other words: a choice.
  const used = new Set(text.split(' ').map(singular));
  const marked = (id: number) =>
    [...(index.marks.get(id) ?? [])].some((word) => used.has(word));
  const open = found.filter(
    (id) =>
      !marked(id) &&
      found.some(
        (other) =>
          other !== id &&
          !marked(other) &&
          index.heads.get(other) === index.heads.get(id),
      ),
  );
  return {
    ids: found.filter((id) => !open.includes(id)),
    choices: open.sort(
      (a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0),
    ),
  };
}
