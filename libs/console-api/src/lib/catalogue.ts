// The salon's services and stylists as every staff member reads them (GET /api/catalogue); the owner edits them in /settings.
import { z } from 'zod';

export const SERVICE_CATEGORIES = ['Peluquería', 'Estética'] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export interface ServiceView {
  id: number;
  name: string;
  category: ServiceCategory;
  durationMinutes: number;
  priceCents: number;
  aliases: string[];
  active: boolean;
  /** Stylists who do it (its category's active stylists unless the owner narrowed it). */
  stylistIds: number[];
}

export interface StylistView {
  id: number;
  name: string;
  category: ServiceCategory;
  active: boolean;
}

export interface CatalogueResponse {
  services: ServiceView[];
  stylists: StylistView[];
}

/** Durations on the 5-minute grid, up to a working day (the slots themselves are 15 minutes apart). */
export const SERVICE_DURATION = { min: 5, max: 600, step: 5 } as const;
/** 10.000 €: far above any service, low enough that a typo of three zeros is caught. */
export const MAX_PRICE_CENTS = 1_000_000;
export const MAX_ALIASES = 30;
const ALIAS_MAX_LENGTH = 60;

export const CATALOGUE_ERRORS = {
  serviceNameTaken: 'Ya existe un servicio con ese nombre.',
  stylistNameTaken: 'Ya existe un estilista con ese nombre.',
  serviceNotFound: 'Ese servicio no existe.',
  stylistNotFound: 'Ese estilista no existe.',
  stylistsOfOtherCategory:
    'Elige solo estilistas de la categoría del servicio.',
  stylistInServices:
    'Este estilista hace servicios que solo hacen algunas personas de su categoría: quítalo de ellos antes de cambiarle la categoría.',
  nothingToChange: 'No hay nada que cambiar.',
} as const;

const categoryInput = z.enum(
  SERVICE_CATEGORIES,
  'Elige una categoría: Peluquería o Estética.',
);

const nameInput = (missing: string, maxLength: number) =>
  z
    .string(missing)
    .trim()
    .min(1, missing)
    .max(maxLength, `El nombre puede tener hasta ${maxLength} caracteres.`);

/** Other names customers use; blanks dropped, repeats (any case) kept once. */
const aliasesInput = z
  .array(
    z
      .string('Escribe los otros nombres como texto.')
      .trim()
      .max(
        ALIAS_MAX_LENGTH,
        `Cada nombre puede tener hasta ${ALIAS_MAX_LENGTH} caracteres.`,
      ),
    'Escribe los otros nombres separados por comas.',
  )
  .max(MAX_ALIASES, `Como mucho ${MAX_ALIASES} otros nombres.`)
  .transform((aliases) => {
    const seen = new Set<string>();
    return aliases.filter((alias) => {
      const key = alias.toLocaleLowerCase('es');
      if (!alias || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

const stylistIdsInput = z
  .array(
    z
      .int('Elige estilistas de la lista.')
      .positive('Elige estilistas de la lista.'),
    'Elige estilistas de la lista.',
  )
  .max(100, 'Elige estilistas de la lista.')
  .transform((ids) => [...new Set(ids)]);

const serviceFields = {
  name: nameInput('Escribe el nombre del servicio.', 80),
  category: categoryInput,
  durationMinutes: z
    .int('Escribe la duración en minutos, un número entero.')
    .min(
      SERVICE_DURATION.min,
      `La duración mínima es de ${SERVICE_DURATION.min} minutos.`,
    )
    .max(
      SERVICE_DURATION.max,
      `La duración máxima es de ${SERVICE_DURATION.max} minutos (10 horas).`,
    )
    .multipleOf(
      SERVICE_DURATION.step,
      `La duración va de ${SERVICE_DURATION.step} en ${SERVICE_DURATION.step} minutos.`,
    ),
  priceCents: z
    .int('Escribe el precio en euros, por ejemplo 25,50.')
    .min(0, 'El precio no puede ser negativo.')
    .max(MAX_PRICE_CENTS, 'El precio máximo es de 10.000 €.'),
  aliases: aliasesInput,
  /** [] or every active stylist of the category: everyone of the category does it. */
  stylistIds: stylistIdsInput,
  active: z.boolean('Indica si está activo.'),
};

const somethingToChange = {
  message: CATALOGUE_ERRORS.nothingToChange,
  path: [] as string[],
};
const hasAnyField = (change: object) =>
  Object.values(change).some((value) => value !== undefined);

/** POST /api/catalogue/services (owner) → 201 ServiceView; 409 `name_taken`. */
export const newServiceRequest = z.object({
  ...serviceFields,
  aliases: serviceFields.aliases.default([]),
  stylistIds: serviceFields.stylistIds.default([]),
  active: serviceFields.active.default(true),
});
export type NewServiceRequest = z.input<typeof newServiceRequest>;

/** PATCH /api/catalogue/services/:id (owner) → ServiceView: any of the fields; a new category resets who does it unless stylistIds is given. */
export const serviceChangeRequest = z
  .object(serviceFields)
  .partial()
  .refine(hasAnyField, somethingToChange);
export type ServiceChangeRequest = z.input<typeof serviceChangeRequest>;

const stylistFields = {
  name: nameInput('Escribe el nombre del estilista.', 60),
  category: categoryInput,
  active: z.boolean('Indica si está activo.'),
};

/** POST /api/catalogue/stylists (owner) → 201 StylistView; 409 `name_taken`. */
export const newStylistRequest = z.object({
  ...stylistFields,
  active: stylistFields.active.default(true),
});
export type NewStylistRequest = z.input<typeof newStylistRequest>;

/** PATCH /api/catalogue/stylists/:id (owner) → StylistView; 409 `stylist_in_services` for a category change while named in narrowed services. */
export const stylistChangeRequest = z
  .object(stylistFields)
  .partial()
  .refine(hasAnyField, somethingToChange);
export type StylistChangeRequest = z.input<typeof stylistChangeRequest>;
