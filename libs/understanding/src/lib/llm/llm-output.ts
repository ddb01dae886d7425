// The answer asked of the model (names, ISO dates, "HH:MM": what a model writes well) and its mapping to an Understanding.
import { z } from 'zod';
import {
  intents,
  rankIntents,
  type Understanding,
  type UnderstandingContext,
} from '../understanding.js';

/** The model's answer named something outside the catalogue or wrote an impossible date. */
export class LlmOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LlmOutputError';
  }
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('YYYY-MM-DD');

/**
 * Only the catalogue's names are valid; as an enum, servers that constrain decoding to the
 * schema (OpenAI strict mode, llama.cpp, vLLM) cannot even write another. An empty catalogue
 * has no enum: any name written is then unknown and rejected when mapped.
 */
function namesOf(names: string[], description: string) {
  const unique = [...new Set(names)];
  const name =
    unique.length > 0 ? z.enum(unique as [string, ...string[]]) : z.string();
  return z.array(name).describe(description);
}

/**
 * Every field is required and "nothing" is null or empty: OpenAI's strict structured outputs
 * reject optional properties.
 */
export function llmOutputSchema(ctx: UnderstandingContext) {
  return z.object({
    intents: z
      .array(z.enum(intents))
      .describe('Todas las intenciones presentes en los mensajes nuevos'),
    services: namesOf(
      ctx.services.map((s) => s.name),
      'Servicios nombrados, con el nombre exacto del catálogo, en el orden en que se nombran',
    ),
    stylists: namesOf(
      ctx.stylists.map((s) => s.name),
      'Estilistas pedidas ("con Ana")',
    ),
    rejectedStylists: namesOf(
      ctx.stylists.map((s) => s.name),
      'Estilistas descartadas ("con Ana no")',
    ),
    anyStylist: z
      .boolean()
      .describe(
        'true si le da igual la estilista ("me da igual", "cualquiera")',
      ),
    day: z
      .object({ from: isoDate, to: isoDate })
      .nullable()
      .describe('Día o días pedidos, ambos incluidos; un solo día: from = to'),
    partOfDay: z
      .enum(['morning', 'afternoon'])
      .nullable()
      .describe(
        'morning: por la mañana (antes de las 14:00); afternoon: por la tarde',
      ),
    time: z
      .object({
        at: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
          .describe('HH:MM, 24 horas'),
        approximate: z.boolean().describe('true para "sobre las 11"'),
      })
      .nullable(),
    option: z
      .number()
      .int()
      .min(1)
      .nullable()
      .describe('Opción numerada elegida, desde 1 ("la segunda": 2)'),
    name: z
      .string()
      .min(1)
      .nullable()
      .describe('Nombre a cuyo nombre se hace la reserva'),
    nameForSomeoneElse: z
      .boolean()
      .describe(
        'true si ese nombre es de otra persona para quien es la cita ("a nombre de mi hija Carla")',
      ),
    salonTopics: namesOf(
      (ctx.answers ?? []).map((a) => a.topic),
      'Temas de las preguntas del salón por los que pregunta (nombre exacto de la lista)',
    ),
  });
}

export type LlmOutput = z.infer<ReturnType<typeof llmOutputSchema>>;

function idsOf(
  names: string[],
  catalogue: { id: number; name: string }[],
  what: string,
): number[] {
  return names.map((name) => {
    const found = catalogue.find((item) => item.name === name);
    if (!found) throw new LlmOutputError(`unknown ${what} name`);
    return found.id;
  });
}

/** True for a real calendar day ("2026-02-30" is not). */
function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return (
    !Number.isNaN(parsed.getTime()) &&
    parsed.toISOString().slice(0, 10) === date
  );
}

function checkedDay(day: LlmOutput['day']): Understanding['entities']['day'] {
  if (!day) return null;
  if (!isCalendarDate(day.from) || !isCalendarDate(day.to)) {
    throw new LlmOutputError('day is not a calendar date');
  }
  // ISO dates compare as strings.
  if (day.from > day.to) throw new LlmOutputError('day ends before it starts');
  return { from: day.from, to: day.to };
}

/** The model's answer in the understanding schema: names become the context's ids. */
export function toUnderstanding(
  output: LlmOutput,
  texts: string[],
  ctx: UnderstandingContext,
): Understanding {
  const time = output.time
    ? {
        minute:
          Number(output.time.at.slice(0, 2)) * 60 +
          Number(output.time.at.slice(3, 5)),
        approximate: output.time.approximate,
      }
    : null;
  return {
    ...rankIntents(output.intents),
    entities: {
      serviceIds: idsOf(output.services, ctx.services, 'service'),
      serviceChoices: [],
      stylistIds: idsOf(output.stylists, ctx.stylists, 'stylist'),
      rejectedStylistIds: idsOf(
        output.rejectedStylists,
        ctx.stylists,
        'stylist',
      ),
      anyStylist: output.anyStylist,
      day: checkedDay(output.day),
      partOfDay: output.partOfDay,
      time,
      option: output.option,
      name: output.name,
      nameForSomeoneElse: output.nameForSomeoneElse,
      ownName: false,
      unofferedServices: [],
      asksWhoIsFree: false,
      nudge: null,
      sameTime: false,
      timeBounds: { endBy: null, notBefore: null },
      answerIds: idsOf(
        output.salonTopics,
        (ctx.answers ?? []).map((a) => ({ id: a.id, name: a.topic })),
        'salon topic',
      ),
      rawText: texts.join('\n'),
    },
  };
}
