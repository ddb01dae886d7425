// The first owner from CONSOLE_OWNER_EMAIL/PASSWORD: created when the salon has none, never over an existing account, once even when replicas start together.
import { createStaffAccount, findStaffByEmail } from '@atrevete/db';
import {
  createMigratedTestDatabase,
  type MigratedTestDatabase,
} from '@atrevete/db/testing';
import { createLogger } from '@atrevete/observability';
import { ensureFirstOwner } from './first-owner.js';
import { hashPassword, verifyPassword } from './passwords.js';

const logger = createLogger({ name: 'first-owner-test', level: 'silent' });
const FIRST = { email: 'Duena@Salon.test', password: 'clave-de-la-duena' };

describe('ensureFirstOwner', () => {
  let database: MigratedTestDatabase;

  beforeEach(async () => {
    database = await createMigratedTestDatabase();
  });
  afterEach(() => database.drop());

  const owners = async () =>
    database.sql<{ email: string }[]>`
      SELECT email FROM staff_accounts WHERE role = 'owner' AND active ORDER BY id`;

  it('creates the owner when the salon has none, with the password and an audit row', async () => {
    expect(await ensureFirstOwner(database.db, FIRST, logger)).toBe('created');
    const account = await findStaffByEmail(database.db, 'duena@salon.test');
    expect(account).toMatchObject({
      email: 'duena@salon.test',
      name: 'Propietaria',
      role: 'owner',
      active: true,
    });
    expect(
      await verifyPassword(account?.passwordHash ?? '', FIRST.password),
    ).toBe(true);
    const audit = await database.sql`
      SELECT staff_id, action, after FROM audit_log WHERE entity = 'staff'`;
    expect(audit).toEqual([
      {
        staff_id: null,
        action: 'staff.create',
        after: {
          email: 'duena@salon.test',
          role: 'owner',
          source: 'CONSOLE_OWNER_EMAIL',
        },
      },
    ]);
  });

  it('leaves an existing owner alone: no second owner, no new password', async () => {
    expect(await ensureFirstOwner(database.db, FIRST, logger)).toBe('created');
    const before = await findStaffByEmail(database.db, FIRST.email);
    expect(
      await ensureFirstOwner(
        database.db,
        { email: FIRST.email, password: 'otra-clave-distinta' },
        logger,
      ),
    ).toBe('owner_exists');
    expect(
      await ensureFirstOwner(
        database.db,
        { email: 'otra@salon.test', password: 'otra-clave-distinta' },
        logger,
      ),
    ).toBe('owner_exists');
    expect(await owners()).toEqual([{ email: 'duena@salon.test' }]);
    const after = await findStaffByEmail(database.db, FIRST.email);
    expect(after?.passwordHash).toBe(before?.passwordHash);
  });

  it('never turns an existing staff account with that email into the owner', async () => {
    await createStaffAccount(database.db, {
      email: 'duena@salon.test',
      name: 'Recepción',
      role: 'staff',
      passwordHash: await hashPassword('clave-de-recepcion'),
    });
    expect(await ensureFirstOwner(database.db, FIRST, logger)).toBe(
      'email_taken',
    );
    expect(await owners()).toEqual([]);
    const account = await findStaffByEmail(database.db, FIRST.email);
    expect(account).toMatchObject({ role: 'staff', name: 'Recepción' });
    expect(
      await verifyPassword(account?.passwordHash ?? '', 'clave-de-recepcion'),
    ).toBe(true);
  });

  it('creates one owner when two replicas start at the same moment', async () => {
    const outcomes = await Promise.all([
      ensureFirstOwner(database.db, FIRST, logger),
      ensureFirstOwner(
        database.db,
        { email: 'otra@salon.test', password: 'otra-clave-distinta' },
        logger,
      ),
    ]);
    expect(outcomes.sort()).toEqual(['created', 'owner_exists']);
    expect(await owners()).toHaveLength(1);
  });
});
