// The first owner, from CONSOLE_OWNER_EMAIL and CONSOLE_OWNER_PASSWORD, when the salon has no owner yet.
import { createFirstOwner, type Database } from '@atrevete/db';
import type { Logger } from '@atrevete/observability';
import { hashPassword } from './passwords.js';

export type FirstOwnerOutcome = 'created' | 'owner_exists' | 'email_taken';

/** Creates the owner account unless an active owner exists; never changes an existing account. */
export async function ensureFirstOwner(
  db: Database,
  owner: { email: string; password: string },
  logger: Logger,
): Promise<FirstOwnerOutcome> {
  const { kind } = await createFirstOwner(
    db,
    {
      email: owner.email,
      name: 'Propietaria',
      passwordHash: await hashPassword(owner.password),
    },
    'CONSOLE_OWNER_EMAIL',
  );
  if (kind === 'created')
    logger.info({ email: owner.email }, 'first owner created');
  if (kind === 'email_taken')
    logger.warn(
      { email: owner.email },
      'CONSOLE_OWNER_EMAIL belongs to an existing account that is not an active owner; nothing changed',
    );
  return kind;
}
