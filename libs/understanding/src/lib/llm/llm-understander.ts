// The llm understander: any OpenAI-compatible model reads the turn; the offline understander covers every failure.
import { ChatOpenAI } from '@langchain/openai';
import type {
  Understander,
  Understanding,
  UnderstandingContext,
} from '../understanding.js';
import {
  llmOutputSchema,
  LlmOutputError,
  toUnderstanding,
} from './llm-output.js';
import { mergeUnderstandings } from './merge.js';
import { systemPrompt, turnPrompt } from './prompt.js';

/** The little of a logger this needs (pino fits). */
export interface WarnLogger {
  warn(obj: object, msg: string): void;
}

export interface LlmUnderstanderOptions {
  /** OpenAI-compatible API root, e.g. "https://openrouter.ai/api/v1" or "http://127.0.0.1:8080/v1". */
  baseUrl: string;
  apiKey: string;
  model: string;
  /** The customer is waiting: past this the fallback answers. */
  timeoutMs?: number;
  /** Answers when the model cannot, and fills in what the model missed. */
  fallback: Understander;
  logger?: WarnLogger;
  /**
   * How structured output is asked for: `response_format` with a JSON schema, or a forced
   * tool call. Unset, @langchain/openai picks (JSON schema for all but the oldest OpenAI models).
   */
  structuredOutputMethod?: 'jsonSchema' | 'functionCalling';
}

/** Long enough for a small hosted model, short enough that a customer does not notice a hang. */
const DEFAULT_TIMEOUT_MS = 8000;

/** Why a model call failed, for the log: never the customer's text nor the model's answer. */
type FailureReason =
  | 'timeout'
  | 'http_error'
  | 'network_error'
  | 'invalid_output'
  | 'error';

function describeFailure(
  error: unknown,
  timedOut: boolean,
): { reason: FailureReason; status?: number; errorName?: string } {
  if (!(error instanceof Error)) return { reason: 'error' };
  const errorName = error.name;
  const status = (error as { status?: unknown }).status;
  if (timedOut || errorName === 'TimeoutError' || errorName === 'AbortError') {
    return { reason: 'timeout', errorName };
  }
  if (typeof status === 'number') {
    return { reason: 'http_error', status, errorName };
  }
  if (
    /connection/i.test(errorName) ||
    /connection/i.test(error.constructor.name)
  ) {
    return { reason: 'network_error', errorName };
  }
  if (
    error instanceof LlmOutputError ||
    error instanceof SyntaxError ||
    ['OutputParserException', 'ZodError', '$ZodError'].includes(errorName)
  ) {
    return { reason: 'invalid_output', errorName };
  }
  return { reason: 'error', errorName };
}

export class LlmUnderstander implements Understander {
  private readonly chat: ChatOpenAI;
  private readonly timeoutMs: number;

  constructor(private readonly options: LlmUnderstanderOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.chat = new ChatOpenAI({
      model: options.model,
      apiKey: options.apiKey,
      configuration: { baseURL: options.baseUrl },
      // Reproducible readings; the fallback is the retry, a second call would only keep the customer waiting.
      temperature: 0,
      maxRetries: 0,
      // Drops the socket of a hung call; the signal in `askModel` bounds the whole call.
      timeout: this.timeoutMs,
    });
  }

  async understand(
    texts: string[],
    ctx: UnderstandingContext,
  ): Promise<Understanding> {
    // Offline and cheap: always computed, it is both the answer on failure and the floor of the merge.
    const fallback = await this.options.fallback.understand(texts, ctx);
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      const understood = await this.askModel(texts, ctx, signal);
      return mergeUnderstandings(understood, fallback);
    } catch (error) {
      this.options.logger?.warn(
        {
          ...describeFailure(error, signal.aborted),
          model: this.options.model,
        },
        'llm understanding failed; using the fallback understander',
      );
      return fallback;
    }
  }

  private async askModel(
    texts: string[],
    ctx: UnderstandingContext,
    signal: AbortSignal,
  ): Promise<Understanding> {
    // The schema holds the catalogue's names, so it is built for each turn's context.
    const structured = this.chat.withStructuredOutput(llmOutputSchema(ctx), {
      name: 'understanding',
      method: this.options.structuredOutputMethod,
    });
    const output = await structured.invoke(
      [
        ['system', systemPrompt(ctx)],
        ['human', turnPrompt(texts, ctx)],
      ],
      { signal },
    );
    return toUnderstanding(output, texts, ctx);
  }
}
