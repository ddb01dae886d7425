// The llm understander against a real local OpenAI-compatible stub: structured output, prompt, every failure, the merge.
import { demoServices, demoStylists } from '@atrevete/salon/testing';
import {
  promptText,
  startOpenAiStub,
  structuredOutputMode,
  type OpenAiStub,
  type StubBehaviour,
  demoAnswerTopics,
  modelReads,
} from '../../testing/index.js';
import {
  noEntities,
  type Understander,
  type Understanding,
  type UnderstandingContext,
} from '../understanding.js';
import { LlmUnderstander, type WarnLogger } from './llm-understander.js';

/** Thursday 26 November 2026, 12:00 in Madrid. */
const NOW = new Date('2026-11-26T11:00:00Z');

const ctx: UnderstandingContext = {
  services: demoServices(),
  stylists: demoStylists(),
  now: NOW,
  timeZone: 'Europe/Madrid',
  recentTurns: [
    {
      texts: ['buenas'],
      intent: 'greeting',
      reply: '¡Hola! Soy Maite. ¿En qué te puedo ayudar?',
      at: '2026-11-26T10:58:00Z',
    },
  ],
  expecting: 'stylist_or_day',
};

const idOf = (name: string, list: { id: number; name: string }[]) => {
  const found = list.find((item) => item.name === name);
  if (!found) throw new Error(`no ${name} in the demo salon`);
  return found.id;
};
const serviceId = (name: string) => idOf(name, ctx.services);
const stylistId = (name: string) => idOf(name, ctx.stylists);

/** What a model answers when nothing was found, to be overridden per test. */
const modelSays = modelReads;

/** A scripted stand-in for the offline rules: always answers `reading`, and counts its calls. */
class ScriptedFallback implements Understander {
  calls = 0;
  constructor(private readonly reading: Partial<Understanding> = {}) {}
  async understand(texts: string[]): Promise<Understanding> {
    this.calls += 1;
    const { entities, ...rest } = this.reading;
    return {
      intent: 'unknown',
      otherIntents: [],
      ...rest,
      entities: { ...noEntities(texts.join('\n')), ...entities },
    };
  }
}

class RecordingLogger implements WarnLogger {
  readonly warnings: { obj: object; msg: string }[] = [];
  warn(obj: object, msg: string): void {
    this.warnings.push({ obj, msg });
  }
}

describe('LlmUnderstander', () => {
  let stub: OpenAiStub;
  let logger: RecordingLogger;

  beforeEach(async () => {
    stub = await startOpenAiStub();
    logger = new RecordingLogger();
  });
  afterEach(() => stub.close());

  const understander = (
    fallback: Understander = new ScriptedFallback(),
    extra: Partial<ConstructorParameters<typeof LlmUnderstander>[0]> = {},
  ) =>
    new LlmUnderstander({
      baseUrl: stub.baseUrl,
      apiKey: 'test-key',
      model: 'stub-model',
      timeoutMs: 300,
      fallback,
      logger,
      ...extra,
    });

  const bookingTurn = modelSays({
    intents: ['greeting', 'book', 'choose_service', 'choose_stylist'],
    services: ['Corte mujer', 'Mechas'],
    stylists: ['Ana María'],
    day: { from: '2026-11-27', to: '2026-11-27' },
    partOfDay: 'afternoon',
    time: { at: '17:30', approximate: true },
  });
  const bookingTexts = [
    'Hola! Quería cortarme el pelo y unas mechas mañana sobre las cinco y media con Ana María',
  ];

  it('asks for structured output and maps names, dates and times to the understanding', async () => {
    stub.enqueue(bookingTurn);

    const result = await understander().understand(bookingTexts, ctx);

    expect(result).toEqual({
      intent: 'book',
      otherIntents: ['choose_stylist', 'choose_service', 'greeting'],
      entities: {
        ...noEntities(bookingTexts[0]),
        serviceIds: [serviceId('Corte mujer'), serviceId('Mechas')],
        stylistIds: [stylistId('Ana María')],
        day: { from: '2026-11-27', to: '2026-11-27' },
        partOfDay: 'afternoon',
        time: { minute: 17 * 60 + 30, approximate: true },
      },
    });
    const [request] = stub.requests;
    expect(structuredOutputMode(request.body)).toBe('json_schema');
    expect(request.body.response_format?.json_schema?.name).toBe(
      'understanding',
    );
    expect(request.body.temperature).toBe(0);
    expect(request.body.model).toBe('stub-model');
    expect(request.headers.authorization).toBe('Bearer test-key');
    expect(logger.warnings).toEqual([]);
  });

  it("maps the salon's topics the model names to the answers' ids, and lists them in the prompt", async () => {
    stub.enqueue(
      modelSays({
        intents: ['salon_question'],
        salonTopics: ['Formas de pago'],
      }),
    );
    const answers = demoAnswerTopics();

    const result = await understander().understand(
      ['se puede pagar con el movil?'],
      {
        ...ctx,
        answers,
      },
    );

    expect(result.intent).toBe('salon_question');
    expect(result.entities.answerIds).toEqual([
      answers.find((a) => a.topic === 'Formas de pago')?.id,
    ]);
    expect(promptText(stub.requests[0].body)).toContain('- Formas de pago (');
  });

  it('reads the answer of a forced tool call too', async () => {
    stub.enqueue(bookingTurn);

    const result = await understander(new ScriptedFallback(), {
      structuredOutputMethod: 'functionCalling',
    }).understand(bookingTexts, ctx);

    expect(structuredOutputMode(stub.requests[0].body)).toBe('tools');
    expect(stub.requests[0].body.tool_choice).toEqual({
      type: 'function',
      function: { name: 'understanding' },
    });
    expect(result.entities.serviceIds).toEqual([
      serviceId('Corte mujer'),
      serviceId('Mechas'),
    ]);
    expect(result.entities.time).toEqual({ minute: 1050, approximate: true });
  });

  it('gives the model the catalogue, today, what the bot asked and the recent turns', async () => {
    stub.enqueue(modelSays({ intents: ['choose_day'] }));

    await understander().understand(['el viernes'], ctx);

    const prompt = promptText(stub.requests[0].body);
    expect(prompt).toContain('Corte mujer');
    expect(prompt).toContain('cortar el pelo');
    expect(prompt).toContain('Alisado de keratina');
    expect(prompt).toContain('Ana María');
    expect(prompt).toContain('Rosa');
    expect(prompt).toContain('correction');
    expect(prompt).toContain('jueves 2026-11-26');
    expect(prompt).toContain('viernes 2026-11-27');
    expect(prompt).toContain('con qué estilista');
    expect(prompt).toContain('Cliente: buenas');
    expect(prompt).toContain('Bot: ¡Hola! Soy Maite. ¿En qué te puedo ayudar?');
    expect(prompt).toContain('el viernes');
  });

  describe('answers with the fallback, without throwing, when the model', () => {
    const fallbackReading: Partial<Understanding> = {
      intent: 'choose_day',
      otherIntents: [],
      entities: {
        ...noEntities('el viernes'),
        day: { from: '2026-11-27', to: '2026-11-27' },
      },
    };
    const cases: [string, StubBehaviour, string][] = [
      ['answers malformed JSON', { kind: 'malformed' }, 'invalid_output'],
      [
        'answers JSON outside the schema',
        { kind: 'structured', output: { intents: 'book', day: 'viernes' } },
        'invalid_output',
      ],
      [
        'names a service the salon does not have',
        modelSays({ intents: ['book'], services: ['Permanente'] }),
        'invalid_output',
      ],
      [
        'writes a day that does not exist',
        modelSays({
          intents: ['choose_day'],
          day: { from: '2026-11-31', to: '2026-11-31' },
        }),
        'invalid_output',
      ],
      [
        'takes longer than the timeout',
        { kind: 'delay', ms: 2000, then: modelSays({ intents: ['book'] }) },
        'timeout',
      ],
      ['fails with 500', { kind: 'error', status: 500 }, 'http_error'],
      ['is rate limited (429)', { kind: 'error', status: 429 }, 'http_error'],
      ['rejects the key (401)', { kind: 'error', status: 401 }, 'http_error'],
      ['closes the connection', { kind: 'close' }, 'network_error'],
    ];

    it.each(cases)('%s', async (_, behaviour, reason) => {
      stub.enqueue(behaviour);
      const fallback = new ScriptedFallback(fallbackReading);

      const started = Date.now();
      const result = await understander(fallback).understand(
        ['el viernes'],
        ctx,
      );

      expect(result).toEqual(await fallback.understand(['el viernes']));
      expect(Date.now() - started).toBeLessThan(1500);
      expect(stub.requests).toHaveLength(1);
      expect(logger.warnings).toHaveLength(1);
      expect(logger.warnings[0].obj).toMatchObject({ reason });
      expect(JSON.stringify(logger.warnings)).not.toContain('viernes');
    });

    it('cannot be reached at all', async () => {
      await stub.close();
      const fallback = new ScriptedFallback(fallbackReading);

      const result = await understander(fallback).understand(
        ['el viernes'],
        ctx,
      );

      expect(result.intent).toBe('choose_day');
      expect(logger.warnings[0].obj).toMatchObject({ reason: 'network_error' });
    });
  });

  it('logs the HTTP status of a failed call', async () => {
    stub.enqueue({ kind: 'error', status: 429 });

    await understander().understand(['hola'], ctx);

    expect(logger.warnings[0].obj).toMatchObject({
      reason: 'http_error',
      status: 429,
    });
  });

  describe('understands more, never less', () => {
    it("keeps the rules' intents when the model found none", async () => {
      stub.enqueue(modelSays({ intents: ['unknown'] }));
      const fallback = new ScriptedFallback({
        intent: 'cancel',
        otherIntents: ['greeting'],
      });

      const result = await understander(fallback).understand(
        ['hola, anúlamela'],
        ctx,
      );

      expect(result.intent).toBe('cancel');
      expect(result.otherIntents).toEqual(['greeting']);
    });

    it("keeps the model's intents when it found one", async () => {
      stub.enqueue(modelSays({ intents: ['reschedule'] }));
      const fallback = new ScriptedFallback({ intent: 'cancel' });

      const result = await understander(fallback).understand(
        ['no puedo ir, pásamela al martes'],
        ctx,
      );

      expect(result.intent).toBe('reschedule');
      expect(result.otherIntents).toEqual([]);
    });

    it("fills the entities the model left empty with the rules' ones", async () => {
      stub.enqueue(
        modelSays({
          intents: ['book'],
          services: ['Mechas'],
          day: { from: '2026-11-28', to: '2026-11-28' },
        }),
      );
      const fallback = new ScriptedFallback({
        intent: 'book',
        entities: {
          ...noEntities(''),
          serviceIds: [serviceId('Peinado')],
          day: { from: '2026-11-27', to: '2026-11-27' },
          stylistIds: [stylistId('Marta')],
          anyStylist: false,
          time: { minute: 1020, approximate: false },
          name: 'Laura',
        },
      });

      const result = await understander(fallback).understand(
        ['mechas el sábado con marta a las 5, soy Laura'],
        ctx,
      );

      expect(result.entities).toEqual({
        ...noEntities('mechas el sábado con marta a las 5, soy Laura'),
        serviceIds: [serviceId('Mechas')],
        day: { from: '2026-11-28', to: '2026-11-28' },
        stylistIds: [stylistId('Marta')],
        time: { minute: 1020, approximate: false },
        name: 'Laura',
      });
    });
  });

  it('asks the fallback once per turn, whether the model answers or not', async () => {
    stub.enqueue(modelSays({ intents: ['greeting'] }), { kind: 'close' });
    const fallback = new ScriptedFallback();
    const llm = understander(fallback);

    await llm.understand(['hola'], ctx);
    await llm.understand(['hola'], ctx);

    expect(fallback.calls).toBe(2);
  });
});
