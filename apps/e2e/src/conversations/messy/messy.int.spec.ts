// The messy conversations (written blind from SALON.md) through the real pipeline, each judged on its outcome; prints the pass rate and keeps it from falling.
import { GoldenSalon, type AppointmentRow, type BotTurn } from '../golden.js';
import { bookDirectly } from '../staff.js';
import {
  messyConversations,
  type MessyConversation,
} from './messy-conversations.js';

/**
 * Just under the pass rate this set reached when it was last measured (77/82 = 93.9 %): a change that
 * makes the bot fail more of these real-looking conversations fails CI. Raise it as the bot
 * gets better; never lower it to make a change pass.
 */
const PASS_RATE_FLOOR = 0.9;

const ZONE = 'Europe/Madrid';
const localDay = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(d);
const localTime = (d: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);

/** Lowercase, no accents: how a fact is looked for in the bot's replies. */
const plain = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ');

const ACTIVE = new Set(['pending', 'confirmed']);

interface Judged {
  id: string;
  passed: boolean;
  why: string[];
  transcript: string;
}

let salon: GoldenSalon;
beforeAll(async () => {
  // Bursts are one turn, as on WhatsApp (production waits 2 s for the next message).
  salon = await GoldenSalon.open({ debounceMs: 400 });
});
afterAll(() => salon?.close());

async function run(conversation: MessyConversation): Promise<Judged> {
  // Each conversation starts from an empty agenda: one customer's booking never takes another's slot.
  await salon.db`TRUNCATE appointments, appointment_services, appointment_messages`;
  const c = salon.customer(conversation.profileName);
  for (const existing of conversation.existing ?? []) {
    await bookDirectly(salon, c, existing);
  }
  const before = await c.appointments();
  const turns: BotTurn[] = [];
  const transcript: string[] = [];
  for (const burst of conversation.turns) {
    const turn = await c.say(...burst);
    turns.push(turn);
    transcript.push(...burst.map((m) => `  > ${m}`));
    transcript.push(
      ...(turn.text ? turn.text.split('\n').map((l) => `  < ${l}`) : []),
    );
  }
  const after = await c.appointments();
  const why = judge(conversation, before, after, turns);
  return {
    id: conversation.id,
    passed: why.length === 0,
    why,
    transcript: transcript.join('\n'),
  };
}

function judge(
  conversation: MessyConversation,
  before: AppointmentRow[],
  after: AppointmentRow[],
  turns: BotTurn[],
): string[] {
  const why: string[] = [];
  const existingIds = new Set(before.map((a) => a.id));
  const fresh = after.filter(
    (a) => !existingIds.has(a.id) && ACTIVE.has(a.status),
  );
  const cancelled = after.filter(
    (a) => existingIds.has(a.id) && !ACTIVE.has(a.status),
  );
  const handedOff = turns.some((t) => t.statuses.includes('open'));
  const describe = (a: AppointmentRow) =>
    `${a.services.join(' + ')} con ${a.stylist} el ${localDay(a.start)} ${localTime(a.start)}`;
  const outcome = conversation.outcome;
  switch (outcome.kind) {
    case 'booked': {
      if (fresh.length !== 1) {
        why.push(
          `expected one booking, got ${fresh.length}: ${fresh.map(describe).join('; ')}`,
        );
        break;
      }
      const [a] = fresh;
      const same = (x: string[], y: string[]) =>
        [...x].sort().join('|') === [...y].sort().join('|');
      if (!same(a.services, outcome.services))
        why.push(
          `services ${a.services.join(' + ')}, expected ${outcome.services.join(' + ')}`,
        );
      if (outcome.stylist && a.stylist !== outcome.stylist)
        why.push(`stylist ${a.stylist}, expected ${outcome.stylist}`);
      if (outcome.day && localDay(a.start) !== outcome.day)
        why.push(`day ${localDay(a.start)}, expected ${outcome.day}`);
      if (outcome.time && localTime(a.start) !== outcome.time)
        why.push(`time ${localTime(a.start)}, expected ${outcome.time}`);
      if (
        outcome.bookedFor &&
        plain(a.bookedFor ?? '') !== plain(outcome.bookedFor)
      )
        why.push(
          `booked for ${a.bookedFor ?? 'the customer'}, expected ${outcome.bookedFor}`,
        );
      if (cancelled.length > 0)
        why.push('cancelled an appointment nobody asked to cancel');
      break;
    }
    case 'nothing_booked':
    case 'kept':
      if (fresh.length > 0)
        why.push(`booked ${fresh.map(describe).join('; ')}`);
      if (cancelled.length > 0)
        why.push(`cancelled ${cancelled.map(describe).join('; ')}`);
      break;
    case 'cancelled':
      if (!cancelled.some((a) => localDay(a.start) === outcome.day))
        why.push(`the appointment of ${outcome.day} was not cancelled`);
      if (fresh.length > 0)
        why.push(`booked ${fresh.map(describe).join('; ')}`);
      break;
    case 'moved': {
      if (!cancelled.some((a) => localDay(a.start) === outcome.fromDay))
        why.push(`the appointment of ${outcome.fromDay} is still there`);
      const moved = fresh.filter((a) => localDay(a.start) === outcome.toDay);
      if (moved.length !== 1) why.push(`no appointment on ${outcome.toDay}`);
      else if (outcome.toTime && localTime(moved[0].start) !== outcome.toTime)
        why.push(
          `moved to ${localTime(moved[0].start)}, expected ${outcome.toTime}`,
        );
      break;
    }
    case 'handed_off':
      if (!handedOff) why.push('not handed to a person');
      if (fresh.length > 0)
        why.push(`booked ${fresh.map(describe).join('; ')}`);
      break;
  }
  const said = plain(turns.map((t) => t.text).join('\n'));
  for (const fact of conversation.mentions ?? []) {
    if (!said.includes(plain(fact))) why.push(`never said "${fact}"`);
  }
  return why;
}

describe('messy WhatsApp conversations written blind', () => {
  it('has at least 60 of them', () => {
    expect(messyConversations.length).toBeGreaterThanOrEqual(60);
    expect(new Set(messyConversations.map((c) => c.id)).size).toBe(
      messyConversations.length,
    );
  });

  it(`passes at least ${PASS_RATE_FLOOR * 100}% of them (what a good receptionist would have done)`, async () => {
    const results: Judged[] = [];
    for (const conversation of messyConversations) {
      try {
        results.push(await run(conversation));
      } catch (error) {
        results.push({
          id: conversation.id,
          passed: false,
          why: [`crashed: ${(error as Error).message}`],
          transcript: '',
        });
      }
    }
    const passed = results.filter((r) => r.passed).length;
    const rate = passed / results.length;
    const failures = results
      .filter((r) => !r.passed)
      .map((r) => `✗ ${r.id}: ${r.why.join('; ')}\n${r.transcript}`)
      .join('\n\n');
    console.log(
      `messy conversations: ${passed}/${results.length} passed (${(100 * rate).toFixed(1)}%)\n\n${failures}`,
    );
    expect(rate).toBeGreaterThanOrEqual(PASS_RATE_FLOOR);
  }, 600_000);
});
