// The console's accounts as the owner manages them (/api/staff): add, rename, change role, disable, reset a password.
import { z } from 'zod';
import { STAFF_ROLES, type StaffRole } from './session.js';

/** Shorter passwords are refused; generated ones are 16 characters. */
export const STAFF_PASSWORD_MIN_LENGTH = 10;

export const STAFF_ROLE_NAMES: Record<StaffRole, string> = {
  owner: 'Propietaria',
  staff: 'Personal',
};

export interface StaffView {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  /** A disabled account cannot sign in; its history stays. */
  active: boolean;
  createdAt: string;
}

/** GET /api/staff: every account, by name. */
export interface StaffListResponse {
  staff: StaffView[];
}

export const STAFF_ERRORS = {
  emailTaken: 'Ya hay una cuenta con ese correo.',
  notFound: 'Esa cuenta no existe.',
  lastOwner:
    'Tiene que quedar al menos una propietaria activa: nombra antes a otra persona propietaria.',
  nothingToChange: 'No hay nada que cambiar.',
} as const;

const nameInput = z
  .string('Escribe el nombre.')
  .trim()
  .min(1, 'Escribe el nombre.')
  .max(80, 'El nombre puede tener hasta 80 caracteres.');
const roleInput = z.enum(STAFF_ROLES, 'Elige un rol: propietaria o personal.');

/** POST /api/staff → 201 NewStaffResponse; 409 `email_taken`. Without a password one is generated. */
export const newStaffRequest = z.object({
  email: z
    .string('Escribe un correo electrónico válido.')
    .trim()
    .toLowerCase()
    .pipe(z.email('Escribe un correo electrónico válido.')),
  name: nameInput,
  role: roleInput,
  password: z
    .string('Escribe la contraseña como texto.')
    .min(
      STAFF_PASSWORD_MIN_LENGTH,
      `La contraseña necesita al menos ${STAFF_PASSWORD_MIN_LENGTH} caracteres.`,
    )
    .max(200, 'La contraseña puede tener hasta 200 caracteres.')
    .optional(),
});
export type NewStaffRequest = z.input<typeof newStaffRequest>;

export interface NewStaffResponse {
  account: StaffView;
  /** The generated password, shown this once; null when the owner chose one. */
  generatedPassword: string | null;
}

/**
 * PATCH /api/staff/:id → StaffView. Disabling signs the person out everywhere; 409 `last_owner`
 * when the change would leave the salon without an active owner.
 */
export const staffChangeRequest = z
  .object({
    name: nameInput.optional(),
    role: roleInput.optional(),
    active: z.boolean('Indica si la cuenta está activa.').optional(),
  })
  .refine(
    (change) => Object.values(change).some((value) => value !== undefined),
    { message: STAFF_ERRORS.nothingToChange, path: [] },
  );
export type StaffChangeRequest = z.input<typeof staffChangeRequest>;

/** POST /api/staff/:id/reset-password → the new password, shown this once; the person's other sessions end. */
export interface PasswordResetResponse {
  account: StaffView;
  generatedPassword: string;
}
