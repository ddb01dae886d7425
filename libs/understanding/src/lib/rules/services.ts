// The salon's services named in a turn: the catalogue's matcher, then a bare "corte" or "depilación" told apart by the words around it.
import { normalise, ServiceMatcher, type ServiceInfo } from '@atrevete/booking';
import { words } from './turn-text.js';

interface ServiceIndex {
  matcher: ServiceMatcher;
  /** First word of each service's name: services sharing it are told apart by other words. */
  heads: Map<number, string>;
  /** Words of a service's name and aliases besides its first word ("piernas", "cejas"). */
  marks: Map<number, Set<string>>;
  men: Set<number>;
  women: Set<number>;
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
];
const EVERYDAY_HINT = /teñ|teni|mechitas|pies|manos|alisar|masajito|depilar/;

function singular(word: string): string {
  return word.length > 4 ? word.replace(/s$/, '') : word;
}

function indexOf(services: readonly ServiceInfo[]): ServiceIndex {
  let index = indexes.get(services);
  if (!index) {
    const names = services.map((s) => [s.id, normalise(s.name)] as const);
    const heads = new Map(names.map(([id, name]) => [id, name.split(' ')[0]]));
    index = {
      matcher: new ServiceMatcher(services),
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

/** Ids of the services named in a prepared turn, in the order named. */
export function findServices(
  norm: string,
  services: readonly ServiceInfo[],
): number[] {
  const index = indexOf(services);
  let text = norm;
  if (EVERYDAY_HINT.test(text)) {
    for (const [pattern, name] of EVERYDAY) text = text.replace(pattern, name);
  }
  const ids = index.matcher.match([text]);
  if (ids.length === 0) return ids;
  return narrowByWho(narrowByMarks(ids, index, text), index, text);
}
