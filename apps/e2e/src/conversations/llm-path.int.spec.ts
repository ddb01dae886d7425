// The llm understander through the real pipeline, against a local OpenAI-compatible stub: same booking whether the model answers or fails.
import {
  modelReads,
  promptText,
  startOpenAiStub,
  structuredOutputMode,
  type OpenAiStub,
  type StubBehaviour,
} from '@atrevete/understanding/testing';
import { GoldenSalon, options } from './golden.js';

const FRIDAY = '2026-11-27';

/** What a good model answers for each message of the conversation. */
const understood = modelReads;

const conversation: [string, StubBehaviour][] = [
  [
    'Hola! Quería pedir cita para cortarme el pelo el viernes por la tarde con Ana',
    understood({
      intents: ['greeting', 'book'],
      services: ['Corte mujer'],
      stylists: ['Ana'],
      day: { from: FRIDAY, to: FRIDAY },
      partOfDay: 'afternoon',
    }),
  ],
  ['la segunda', understood({ intents: ['choose_option'], option: 2 })],
  ['Laura Pérez', understood({ intents: ['give_name'], name: 'Laura Pérez' })],
  ['sí', understood({ intents: ['affirm'] })],
];

let stub: OpenAiStub;
let salon: GoldenSalon;
beforeAll(async () => {
  stub = await startOpenAiStub();
  salon = await GoldenSalon.open({
    worker: {
      LLM_BASE_URL: stub.baseUrl,
      LLM_API_KEY: 'stub-key',
      LLM_MODEL: 'stub-model',
      LLM_TIMEOUT_MS: '400',
    },
  });
});
afterAll(async () => {
  await salon?.close();
  await stub?.close();
});

/** Plays the conversation with the model behaving as `behave` says, then frees the slot for the next run. */
async function book(behave: (good: StubBehaviour) => StubBehaviour) {
  const customer = salon.customer(null);
  const replies: string[] = [];
  for (const [text, good] of conversation) {
    stub.enqueue(behave(good));
    replies.push((await customer.say(text)).text);
  }
  const [appointment] = await customer.appointments();
  await salon.db`UPDATE appointments SET status = 'cancelled', cancelled_at = now() WHERE id = ${appointment.id}`;
  return { replies, appointment };
}

describe('understanding with an LLM', () => {
  it('books through structured output, and the same booking when the model fails in any way', async () => {
    const withModel = await book((good) => good);
    expect(options(withModel.replies[0])).toHaveLength(3);
    expect(withModel.replies[3]).toMatch(/^¡Hecho!/);
    expect(withModel.appointment).toMatchObject({
      stylist: 'Ana',
      services: ['Corte mujer'],
      customerName: 'Laura Pérez',
    });

    // Structured output was asked for, with the conversation's recent turns as context.
    const requests = stub.requests.slice(-4);
    for (const request of requests)
      expect(structuredOutputMode(request.body)).not.toBe('none');
    expect(promptText(requests[1].body)).toContain('Quería pedir cita');
    expect(promptText(requests[1].body)).toContain('Corte mujer');

    const failures: [string, (good: StubBehaviour) => StubBehaviour][] = [
      ['malformed output', () => ({ kind: 'malformed' })],
      ['HTTP 500', () => ({ kind: 'error', status: 500 })],
      ['a timeout', (good) => ({ kind: 'delay', ms: 1500, then: good })],
    ];
    for (const [failure, behave] of failures) {
      const fallback = await book(behave);
      expect({ failure, replies: fallback.replies }).toEqual({
        failure,
        replies: withModel.replies,
      });
      expect(fallback.appointment).toMatchObject({
        stylist: withModel.appointment.stylist,
        services: withModel.appointment.services,
        start: withModel.appointment.start,
        customerName: 'Laura Pérez',
      });
    }
  });

  it('understands more than the rules: a wish the rules miss becomes a booking', async () => {
    const wish = 'quiero estar guapísima para la boda de mi prima';
    const rulesOnly = salon.customer();
    stub.enqueue({ kind: 'error', status: 503 });
    expect((await rulesOnly.say(wish)).text).toMatch(/no te he entendido/);

    const withModel = salon.customer();
    stub.enqueue(understood({ intents: ['book'], services: ['Recogido'] }));
    const turn = await withModel.say(wish);
    expect(turn.text).toContain('El recogido cuesta 45 € y dura 1 h.');
    expect(turn.text).toMatch(/qué día te vendría bien\?$/);
  });
});
