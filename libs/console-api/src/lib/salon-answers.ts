// The salon's own questions and answers (lateness, payment, parking…) the bot quotes to customers: /api/settings/answers, owner only.
import { z } from 'zod';

export interface SalonAnswerView {
  id: number;
  /** What the entry is about ("Retrasos"). */
  topic: string;
  /** Words and short phrases customers use for it ("llego tarde", "bizum"). */
  phrasings: string[];
  /** Sent to the customer as written. */
  answer: string;
  /** Only active entries are ever quoted. */
  active: boolean;
  updatedAt: string;
}

/** GET /api/settings/answers: every entry, inactive ones too, in the order they were added. */
export interface SalonAnswersResponse {
  answers: SalonAnswerView[];
}

export const SALON_ANSWER_LIMITS = {
  topic: 80,
  answer: 1000,
  phrasings: 40,
  phrasing: 80,
} as const;

export const SALON_ANSWER_ERRORS = {
  topicTaken: 'Ya existe una pregunta con ese tema.',
  notFound: 'Esa pregunta no existe.',
  nothingToChange: 'No hay nada que cambiar.',
} as const;

const { topic, answer, phrasings, phrasing } = SALON_ANSWER_LIMITS;

/** The phrasings as written, each trimmed; repeats (any case) kept once. */
const phrasingsInput = z
  .array(
    z
      .string('Escribe cada forma de preguntarlo como texto.')
      .trim()
      .min(1, 'Hay una forma de preguntarlo vacía.')
      .max(
        phrasing,
        `Cada forma de preguntarlo puede tener hasta ${phrasing} caracteres.`,
      ),
    'Escribe cómo lo preguntan los clientes, una forma por línea.',
  )
  .min(1, 'Escribe al menos una forma en que lo preguntan los clientes.')
  .max(phrasings, `Como mucho ${phrasings} formas de preguntarlo.`)
  .transform((written) => {
    const seen = new Set<string>();
    return written.filter((one) => {
      const key = one.toLocaleLowerCase('es');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

const salonAnswerFields = {
  topic: z
    .string('Escribe el tema.')
    .trim()
    .min(1, 'Escribe el tema.')
    .max(topic, `El tema puede tener hasta ${topic} caracteres.`),
  phrasings: phrasingsInput,
  answer: z
    .string('Escribe la respuesta.')
    .trim()
    .min(1, 'Escribe la respuesta.')
    .max(answer, `La respuesta puede tener hasta ${answer} caracteres.`),
  active: z.boolean('Indica si está activa.'),
};

/** POST /api/settings/answers → 201 SalonAnswerView; 409 `topic_taken`. */
export const newSalonAnswerRequest = z.object({
  ...salonAnswerFields,
  active: salonAnswerFields.active.default(true),
});
export type NewSalonAnswerRequest = z.input<typeof newSalonAnswerRequest>;

/** PATCH /api/settings/answers/:id → SalonAnswerView: any of the fields; 409 `topic_taken`. DELETE → 204. */
export const salonAnswerChangeRequest = z
  .object(salonAnswerFields)
  .partial()
  .refine(
    (change) => Object.values(change).some((value) => value !== undefined),
    { message: SALON_ANSWER_ERRORS.nothingToChange, path: [] },
  );
export type SalonAnswerChangeRequest = z.input<typeof salonAnswerChangeRequest>;
