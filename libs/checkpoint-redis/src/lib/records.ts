// Byte layout of stored values and hash field names: a JSON header of strings, a NUL byte, then the serde's bytes.
import type { SerializerProtocol } from '@langchain/langgraph-checkpoint';
import { CorruptCheckpointRecordError } from './errors.js';

const SEPARATOR = Buffer.from([0]);
/** Larger than any byte of UTF-8 text, so it closes a lexical range over members that share a prefix. */
const AFTER_ANY_TEXT = Buffer.from([0xff]);

export interface DecodedRecord {
  readonly header: string[];
  readonly payload: Uint8Array;
}

/** JSON escapes every control character, so the first NUL byte always ends the header. */
export function encodeRecord(
  header: readonly string[],
  payload: Uint8Array,
): Buffer {
  return Buffer.concat([
    Buffer.from(JSON.stringify(header)),
    SEPARATOR,
    payload,
  ]);
}

export function decodeRecord(record: Buffer): DecodedRecord {
  const end = record.indexOf(0);
  const header: unknown =
    end < 0 ? undefined : parseJson(record.subarray(0, end).toString('utf8'));
  if (
    !Array.isArray(header) ||
    !header.every((part) => typeof part === 'string')
  ) {
    throw new CorruptCheckpointRecordError('stored record has no valid header');
  }
  const payload = record.subarray(end + 1);
  // A plain Uint8Array view, not a Buffer: the serde hands `bytes` values back as it receives them.
  return {
    header,
    payload: new Uint8Array(
      payload.buffer,
      payload.byteOffset,
      payload.byteLength,
    ),
  };
}

/** Serialises a value with the saver's serde into a record that keeps the serde's type tag. */
export async function dumpTyped(
  serde: SerializerProtocol,
  value: unknown,
): Promise<Buffer> {
  const [type, bytes] = await serde.dumpsTyped(value);
  return encodeRecord([type], bytes);
}

export async function loadTyped(
  serde: SerializerProtocol,
  record: Buffer,
): Promise<unknown> {
  const { header, payload } = decodeRecord(record);
  if (header.length !== 1)
    throw new CorruptCheckpointRecordError('stored value has no serde type');
  return serde.loadsTyped(header[0], payload);
}

/** Fields of one checkpoint in the namespace's `checkpoints` hash. */
export function checkpointFields(checkpointId: string) {
  return {
    checkpoint: `c:${checkpointId}`,
    metadata: `m:${checkpointId}`,
    parent: `p:${checkpointId}`,
    /** Which checkpoint stored the value of each channel: `{ [channel]: writerCheckpointId }`. */
    refs: `r:${checkpointId}`,
  } as const;
}

/** Field of a channel value in the `blobs` hash, keyed by the checkpoint that wrote it. */
export function blobField(writerCheckpointId: string, channel: string): string {
  return JSON.stringify([writerCheckpointId, channel]);
}

/** Field of a pending write in the `writes` hash and member of the `write-ids` sorted set. */
export function writeField(
  checkpointId: string,
  taskId: string,
  idx: number,
): string {
  return JSON.stringify([checkpointId, taskId, idx]);
}

export function parseWriteField(field: string): {
  taskId: string;
  idx: number;
} {
  const parsed: unknown = parseJson(field);
  if (
    !Array.isArray(parsed) ||
    typeof parsed[1] !== 'string' ||
    typeof parsed[2] !== 'number'
  ) {
    throw new CorruptCheckpointRecordError(
      `stored write has an invalid field name: ${field}`,
    );
  }
  return { taskId: parsed[1], idx: parsed[2] };
}

/** ZRANGE BYLEX bounds that select exactly the write fields of one checkpoint. */
export function writeFieldRange(checkpointId: string): [string, Buffer] {
  const prefix = `${JSON.stringify([checkpointId]).slice(0, -1)},`;
  return [
    `[${prefix}`,
    Buffer.concat([Buffer.from(`(${prefix}`), AFTER_ANY_TEXT]),
  ];
}

export function parseRefs(stored: string | null): Record<string, string> {
  if (stored === null) return {};
  const parsed: unknown = parseJson(stored);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CorruptCheckpointRecordError(
      'stored channel references are not an object',
    );
  }
  return parsed as Record<string, string>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
