// Voice notes into text, in the turn: the audio is fetched from Chatwoot and sent to an OpenAI-compatible /audio/transcriptions endpoint.
import type { AgentWorkerConfig } from '@atrevete/config';
import type { Logger } from '@atrevete/observability';

/** Turns a voice note into text; null when it cannot (not configured, too slow, an error). */
export interface Transcriber {
  transcribe(audioUrl: string): Promise<string | null>;
}

/** WhatsApp voice notes are small; anything bigger is not one (OpenAI's own limit is 25 MB). */
const MAX_AUDIO_BYTES = 25 * 1024 * 1024;

export interface SttOptions {
  baseUrl: string;
  apiKey: string | null;
  model: string;
  /** For fetching the audio and transcribing it, together. */
  timeoutMs: number;
  logger: Logger;
}

/** Without an endpoint the bot cannot listen: every voice note gets null (and the bot asks for text). */
export const noTranscriber: Transcriber = {
  transcribe: async () => null,
};

export function transcriberOf(
  config: Pick<
    AgentWorkerConfig,
    'STT_BASE_URL' | 'STT_API_KEY' | 'STT_MODEL' | 'STT_TIMEOUT_MS'
  >,
  logger: Logger,
): Transcriber {
  if (!config.STT_BASE_URL || !config.STT_MODEL) {
    logger.info('voice notes: not transcribed (no STT_BASE_URL)');
    return noTranscriber;
  }
  logger.info(
    { model: config.STT_MODEL, timeoutMs: config.STT_TIMEOUT_MS },
    'voice notes: transcribed by the STT endpoint',
  );
  return new SttTranscriber({
    baseUrl: config.STT_BASE_URL,
    apiKey: config.STT_API_KEY ?? null,
    model: config.STT_MODEL,
    timeoutMs: config.STT_TIMEOUT_MS,
    logger,
  });
}

export class SttTranscriber implements Transcriber {
  constructor(private readonly options: SttOptions) {}

  async transcribe(audioUrl: string): Promise<string | null> {
    const { logger, timeoutMs } = this.options;
    const signal = AbortSignal.timeout(timeoutMs);
    const started = performance.now();
    try {
      const audio = await this.download(audioUrl, signal);
      const text = await this.send(audio, signal);
      logger.info(
        {
          durationMs: Math.round(performance.now() - started),
          chars: text.length,
        },
        'voice note transcribed',
      );
      return text.trim() === '' ? null : text.trim();
    } catch (error) {
      logger.warn(
        { err: error, durationMs: Math.round(performance.now() - started) },
        'could not transcribe a voice note; asking for text',
      );
      return null;
    }
  }

  /** Chatwoot's data_url is a signed redirect to the file: fetch follows it. */
  private async download(url: string, signal: AbortSignal): Promise<Blob> {
    const response = await fetch(url, { signal, redirect: 'follow' });
    if (!response.ok)
      throw new Error(`audio download answered ${response.status}`);
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_AUDIO_BYTES)
      throw new Error(`audio of ${length} bytes is too big`);
    const audio = await response.blob();
    if (audio.size > MAX_AUDIO_BYTES)
      throw new Error(`audio of ${audio.size} bytes is too big`);
    return audio;
  }

  private async send(audio: Blob, signal: AbortSignal): Promise<string> {
    const { baseUrl, apiKey, model } = this.options;
    const form = new FormData();
    form.append('file', audio, fileNameOf(audio.type));
    form.append('model', model);
    form.append('language', 'es');
    form.append('response_format', 'json');
    const response = await fetch(
      `${baseUrl.replace(/\/+$/, '')}/audio/transcriptions`,
      {
        method: 'POST',
        body: form,
        signal,
        headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
      },
    );
    if (!response.ok)
      throw new Error(`transcription answered ${response.status}`);
    const body = (await response.json()) as { text?: unknown };
    if (typeof body.text !== 'string')
      throw new Error('transcription answer has no text');
    return body.text;
  }
}

/** The endpoint guesses the format from the file name: WhatsApp voice notes are Ogg/Opus. */
function fileNameOf(contentType: string): string {
  if (contentType.includes('mpeg') || contentType.includes('mp3'))
    return 'voice.mp3';
  if (contentType.includes('mp4') || contentType.includes('m4a'))
    return 'voice.m4a';
  if (contentType.includes('wav')) return 'voice.wav';
  if (contentType.includes('webm')) return 'voice.webm';
  return 'voice.ogg';
}
