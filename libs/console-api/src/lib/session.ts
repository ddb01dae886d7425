// Signing in and out, and who is signed in.
import { z } from 'zod';

export const STAFF_ROLES = ['owner', 'staff'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const loginRequest = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email('Escribe un correo electrónico válido.'),
  password: z.string().min(1, 'Escribe tu contraseña.').max(200),
});
export type LoginRequest = z.input<typeof loginRequest>;

/** GET /api/session and POST /api/session/login: the signed-in person and the CSRF token for changes. */
export interface SessionInfo {
  staff: { id: number; email: string; name: string; role: StaffRole };
  csrfToken: string;
  /** Links into the salon's Chatwoot, when CHATWOOT_BASE_URL is set. */
  chatwootUrl: string | null;
  salon: { name: string; timeZone: string };
}
