// Who reaches what: no endpoint answers without a session, the owner's answer the staff 403, and no change goes through without the CSRF token.
import request from 'supertest';
import {
  createConsoleTestApp,
  type ConsoleTestApp,
} from './testing/console-test-app.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Every endpoint of the console API, with a body that would be valid where one is needed. */
const STAFF_ENDPOINTS: [Method, string][] = [
  ['get', '/api/session'],
  ['get', '/api/agenda?date=2026-12-01&view=day'],
  ['get', '/api/availability?date=2026-12-01&serviceIds=1'],
  ['post', '/api/appointments'],
  ['patch', '/api/appointments/1'],
  ['post', '/api/appointments/1/cancel'],
  ['post', '/api/appointments/1/outcome'],
  ['post', '/api/blocks'],
  ['delete', '/api/blocks/1'],
  ['get', '/api/events'],
  ['get', '/api/customers?q=ana'],
  ['post', '/api/customers'],
  ['get', '/api/customers/1'],
  ['patch', '/api/customers/1'],
  ['post', '/api/customers/1/notes'],
  ['delete', '/api/customers/1/notes/1'],
  ['get', '/api/handoffs'],
  ['get', '/api/catalogue'],
];

const OWNER_ENDPOINTS: [Method, string][] = [
  ['post', '/api/catalogue/services'],
  ['patch', '/api/catalogue/services/1'],
  ['post', '/api/catalogue/stylists'],
  ['patch', '/api/catalogue/stylists/1'],
  ['get', '/api/settings'],
  ['put', '/api/settings'],
  ['put', '/api/settings/hours'],
  ['post', '/api/settings/holidays'],
  ['delete', '/api/settings/holidays/2026-12-24'],
  ['get', '/api/staff'],
  ['post', '/api/staff'],
  ['patch', '/api/staff/1'],
  ['post', '/api/staff/1/reset-password'],
  ['get', '/api/audit'],
];

describe('console access', () => {
  let t: ConsoleTestApp;

  beforeAll(async () => {
    t = await createConsoleTestApp();
  });
  afterAll(() => t.close());

  it.each([...STAFF_ENDPOINTS, ...OWNER_ENDPOINTS])(
    'answers %s %s with 401 without a session',
    async (method, path) => {
      const response = await request(t.app)[method](path).send({});
      expect(response.status).toBe(401);
    },
  );

  it.each(OWNER_ENDPOINTS)(
    "answers the staff's %s %s with 403 and changes nothing",
    async (method, path) => {
      const { agent, csrf } = await t.signIn(t.staff);
      const before = await t.database
        .sql`SELECT count(*)::int AS n FROM audit_log`;
      const response = await agent[method](path).set(csrf).send({});
      expect(response.status).toBe(403);
      expect(response.body.error).toBe('forbidden');
      const after = await t.database
        .sql`SELECT count(*)::int AS n FROM audit_log`;
      expect(after[0].n).toBe(before[0].n);
    },
  );

  it.each(
    [...STAFF_ENDPOINTS, ...OWNER_ENDPOINTS].filter(
      ([method]) => method !== 'get',
    ),
  )(
    "refuses the owner's %s %s without the CSRF token",
    async (method, path) => {
      const { agent } = await t.signIn(t.owner);
      const response = await agent[method](path).send({});
      expect(response.status).toBe(403);
      expect(response.body.error).toBe('csrf');
    },
  );
});
