// The OpenAI stub itself, as other tests drive it: both paths, the default behaviour, its error bodies, close().
import {
  promptText,
  startOpenAiStub,
  type OpenAiStub,
} from '../../testing/index.js';

const chat = (url: string, body: object) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** The JSON a structured answer carries in its message content. */
async function contentOf(response: Response): Promise<unknown> {
  const completion = (await response.json()) as {
    choices: { message: { content: string } }[];
  };
  return JSON.parse(completion.choices[0].message.content);
}

describe('OpenAI stub', () => {
  let stub: OpenAiStub;
  afterEach(() => stub.close());

  it('answers from a default behaviour function once the script is empty', async () => {
    stub = await startOpenAiStub({
      defaultBehaviour: (request) => ({
        kind: 'structured',
        output: { echo: promptText(request.body) },
      }),
    });
    stub.enqueue({ kind: 'structured', output: { scripted: true } });
    const body = { model: 'm', messages: [{ role: 'user', content: 'hola' }] };

    const first = await contentOf(
      await chat(`${stub.baseUrl}/chat/completions`, body),
    );
    const second = await contentOf(
      await chat(stub.baseUrl.replace(/\/v1$/, '/chat/completions'), body),
    );

    expect(first).toEqual({
      scripted: true,
    });
    expect(second).toEqual({
      echo: 'hola',
    });
    expect(stub.requests.map((r) => r.path)).toEqual([
      '/v1/chat/completions',
      '/chat/completions',
    ]);
  });

  it('answers 503 with an OpenAI-style error when nothing is scripted', async () => {
    stub = await startOpenAiStub();

    const response = await chat(`${stub.baseUrl}/chat/completions`, {
      messages: [],
    });

    expect(response.status).toBe(503);
    const { error } = (await response.json()) as { error: object };
    expect(error).toMatchObject({
      type: 'server_error',
      code: 'service_unavailable',
    });
  });

  it('closes promptly even with a delayed answer pending, and only once', async () => {
    stub = await startOpenAiStub();
    stub.enqueue({
      kind: 'delay',
      ms: 60_000,
      then: { kind: 'structured', output: {} },
    });
    const pending = chat(`${stub.baseUrl}/chat/completions`, { messages: [] });
    await new Promise((resolve) => setTimeout(resolve, 50));

    const started = Date.now();
    await Promise.all([stub.close(), stub.close()]);

    expect(Date.now() - started).toBeLessThan(1000);
    await expect(pending).rejects.toThrow();
  });
});
