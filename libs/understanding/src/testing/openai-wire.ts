// The OpenAI chat completions wire format, as much of it as the stub reads and writes.

/** A chat completions request as the stub received it (the JSON body, unvalidated). */
export interface ChatCompletionRequestBody {
  model?: string;
  messages?: { role: string; content?: unknown }[];
  temperature?: number;
  stream?: boolean;
  response_format?: { type: string; json_schema?: { name?: string } };
  tools?: { type: string; function: { name: string } }[];
  tool_choice?: unknown;
  [key: string]: unknown;
}

const errorDefaults: Record<
  number,
  { type: string; code: string; message: string }
> = {
  400: {
    type: 'invalid_request_error',
    code: 'invalid_request',
    message: 'Bad request.',
  },
  401: {
    type: 'invalid_request_error',
    code: 'invalid_api_key',
    message: 'Incorrect API key provided.',
  },
  404: {
    type: 'invalid_request_error',
    code: 'not_found',
    message: 'Not found.',
  },
  429: {
    type: 'requests',
    code: 'rate_limit_exceeded',
    message: 'Rate limit reached for requests.',
  },
  500: {
    type: 'server_error',
    code: 'server_error',
    message: 'The server had an error while processing your request.',
  },
  503: {
    type: 'server_error',
    code: 'service_unavailable',
    message: 'The stub has no scripted response for this request.',
  },
};

/** How the request asked for structured output, if it did. */
export function structuredOutputMode(
  body: ChatCompletionRequestBody,
): 'json_schema' | 'json_object' | 'tools' | 'none' {
  if (body.tools?.length) return 'tools';
  if (body.response_format?.type === 'json_schema') return 'json_schema';
  if (body.response_format?.type === 'json_object') return 'json_object';
  return 'none';
}

/** All the text of a request's messages, for assertions on the prompt and for behaviour functions. */
export function promptText(body: ChatCompletionRequestBody): string {
  return (body.messages ?? [])
    .map((m) =>
      typeof m.content === 'string' ? m.content : JSON.stringify(m.content),
    )
    .join('\n');
}

function forcedToolName(body: ChatCompletionRequestBody): string | undefined {
  const choice = body.tool_choice as
    | { function?: { name?: string } }
    | undefined;
  return choice?.function?.name ?? body.tools?.[0]?.function.name;
}

/** A chat.completion answering `text`: as the forced tool's arguments if the request forced a tool, else as the message content. */
export function completionBody(body: ChatCompletionRequestBody, text: string) {
  const tool =
    structuredOutputMode(body) === 'tools' ? forcedToolName(body) : undefined;
  const message = tool
    ? {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_stub_1',
            type: 'function',
            function: { name: tool, arguments: text },
          },
        ],
      }
    : { role: 'assistant', content: text, refusal: null };
  return {
    id: 'chatcmpl-stub',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model ?? 'stub',
    choices: [
      {
        index: 0,
        message,
        logprobs: null,
        finish_reason: tool ? 'tool_calls' : 'stop',
      },
    ],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  };
}

/** An OpenAI-style error body; unset fields take the status's usual values. */
export function errorBody(
  status: number,
  overrides: { message?: string; type?: string; code?: string } = {},
) {
  const defaults = errorDefaults[status] ?? errorDefaults[500];
  return {
    error: {
      message: overrides.message ?? defaults.message,
      type: overrides.type ?? defaults.type,
      param: null,
      code: overrides.code ?? defaults.code,
    },
  };
}

/**
 * The stub behaviour of a model that read the turn as `fields` say: every field of the
 * llm understander's output schema, empty unless given.
 */
export function modelReads(fields: Record<string, unknown>): {
  kind: 'structured';
  output: Record<string, unknown>;
} {
  return {
    kind: 'structured',
    output: {
      intents: [],
      services: [],
      stylists: [],
      rejectedStylists: [],
      anyStylist: false,
      day: null,
      partOfDay: null,
      time: null,
      option: null,
      name: null,
      nameForSomeoneElse: false,
      salonTopics: [],
      ...fields,
    },
  };
}
