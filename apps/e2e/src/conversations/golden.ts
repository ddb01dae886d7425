// Golden conversations through the real pipeline: signed webhooks in, the bot's actions out of the fake Chatwoot, appointments read from Postgres.
import postgres from 'postgres';
import {
  conversationStatusChangedEvent,
  incomingAttachmentEvent,
  incomingMessageEvent,
} from '@atrevete/schema/testing';
import type { RecordedRequest } from '@atrevete/chatwoot/testing';
import {
  ACCOUNT_ID,
  Pipeline,
  type WebhookAnswer,
} from '../support/pipeline.js';
import { waitUntil } from '../support/wait.js';

/** Thursday 26 November 2026, 12:00 in Madrid: the salon's "now" in every golden conversation. */
export const GOLDEN_NOW = '2026-11-26T11:00:00Z';

export interface SalonOptions {
  debounceMs?: number;
  handoffSettleMs?: number;
  /** Extra agent-worker environment (e.g. an LLM endpoint). */
  worker?: Record<string, string>;
  /** False: the test starts its own agent-workers (e.g. one armed to fail). */
  startWorker?: boolean;
}

/** What the bot did for one turn, as Chatwoot received it. */
export interface BotTurn {
  /** Customer-visible replies. */
  replies: string[];
  /** Private notes for staff. */
  notes: string[];
  labels: string[][];
  statuses: string[];
  /** All replies joined, for matching. */
  text: string;
}

export interface AppointmentRow {
  id: number;
  stylist: string;
  services: string[];
  start: Date;
  status: string;
  customerName: string | null;
  phone: string | null;
  /** Whom it is for when not the customer ("a nombre de mi hija Carla"). */
  bookedFor: string | null;
}

/** The demo salon with one agent-worker whose clock starts at GOLDEN_NOW. */
export class GoldenSalon {
  private nextMessageId = 1;
  private nextConversationId = 1;
  private readonly sql;

  private constructor(readonly pipeline: Pipeline) {
    this.sql = postgres(pipeline.database.url, {
      max: 2,
      onnotice: () => undefined,
    });
  }

  static async open(options: SalonOptions = {}): Promise<GoldenSalon> {
    const pipeline = await Pipeline.start({
      api: { TURN_DEBOUNCE_MS: String(options.debounceMs ?? 0) },
      worker: {
        TURN_DEBOUNCE_MS: String(options.debounceMs ?? 0),
        CLOCK_START: GOLDEN_NOW,
        HANDOFF_SETTLE_MS: String(options.handoffSettleMs ?? 60_000),
        ...options.worker,
      },
    });
    try {
      if (options.startWorker !== false) await pipeline.startWorker();
    } catch (error) {
      await pipeline.close();
      throw error;
    }
    return new GoldenSalon(pipeline);
  }

  /** A new WhatsApp customer with a conversation of their own. */
  customer(name: string | null = 'Laura Pérez'): Customer {
    const conversationId = this.nextConversationId++;
    return new Customer(this, {
      conversationId,
      contactId: 500 + conversationId,
      phone: `+34600${String(conversationId).padStart(6, '0')}`,
      name,
    });
  }

  messageId(): number {
    return this.nextMessageId++;
  }

  /** The customer's appointments with their stylist, services and name, oldest first. */
  async appointmentsOf(phone: string): Promise<AppointmentRow[]> {
    return this.sql<AppointmentRow[]>`
      SELECT a.id, st.name AS stylist,
             array_agg(sv.name ORDER BY aps.position) AS services,
             a.start_at AS start, a.status::text AS status,
             c.name AS "customerName", c.phone, a.booked_for AS "bookedFor"
        FROM appointments a
        JOIN customers c ON c.id = a.customer_id
        JOIN stylists st ON st.id = a.stylist_id
        JOIN appointment_services aps ON aps.appointment_id = a.id
        JOIN services sv ON sv.id = aps.service_id
       WHERE c.phone = ${phone}
       GROUP BY a.id, st.name, c.name, c.phone
       ORDER BY a.id`;
  }

  /** Runs SQL on the salon's database (e.g. someone else takes a slot). */
  get db() {
    return this.sql;
  }

  async close(): Promise<void> {
    await this.sql.end({ timeout: 1 }).catch(() => undefined);
    await this.pipeline.close();
  }
}

interface CustomerIdentity {
  conversationId: number;
  contactId: number;
  phone: string;
  name: string | null;
  /** `conversation.channel`: WhatsApp unless told (a web-widget visitor's phone is whatever they typed). */
  channel?: string;
}

export class Customer {
  /** Requests to Chatwoot already returned by an earlier turn. */
  private seen = 0;
  private status: 'pending' | 'open' = 'pending';

  constructor(
    private readonly salon: GoldenSalon,
    readonly identity: CustomerIdentity,
  ) {}

  get phone(): string {
    return this.identity.phone;
  }

  /** Staff take the conversation (`open`) or give it back to the bot (`pending`). */
  setStatus(status: 'pending' | 'open'): void {
    this.status = status;
  }

  /** Staff give the conversation back to the bot in Chatwoot: its status event, then `pending` messages. */
  async giveBack(): Promise<void> {
    const answer = await this.salon.pipeline.deliver(
      conversationStatusChangedEvent({
        accountId: ACCOUNT_ID,
        conversationId: this.identity.conversationId,
        contactId: this.identity.contactId,
        contactName: this.identity.name ?? '🌸',
        phone: this.identity.phone,
        channel: this.identity.channel,
        status: 'pending',
      }),
    );
    if (answer.status !== 200 || answer.body.status !== 'returned')
      throw new Error(
        `the give-back was answered ${answer.status} ${JSON.stringify(answer.body)}`,
      );
    this.status = 'pending';
  }

  /** Delivers one message and returns webhook-api's answer without waiting for the bot (a benchmark times the reply itself). */
  send(
    text: string,
    messageId = this.salon.messageId(),
  ): Promise<WebhookAnswer> {
    return this.salon.pipeline.deliver(
      incomingMessageEvent({
        messageId,
        accountId: ACCOUNT_ID,
        conversationId: this.identity.conversationId,
        contactId: this.identity.contactId,
        contactName: this.identity.name ?? '🌸',
        phone: this.identity.phone,
        channel: this.identity.channel,
        content: text,
        status: this.status,
      }),
    );
  }

  /**
   * Sends a message with one attachment of Chatwoot's `fileType` (an audio note, an image, a
   * location…), and a caption or Chatwoot's transcription when given; returns what the bot did.
   */
  async sendMedia(
    fileType: string,
    attachment: {
      caption?: string;
      transcribedText?: string;
      dataUrl?: string;
    } = {},
  ): Promise<BotTurn> {
    const messageId = this.salon.messageId();
    const answer = await this.salon.pipeline.deliver(
      incomingAttachmentEvent(
        {
          messageId,
          accountId: ACCOUNT_ID,
          conversationId: this.identity.conversationId,
          contactId: this.identity.contactId,
          contactName: this.identity.name ?? '🌸',
          phone: this.identity.phone,
          channel: this.identity.channel,
          content: attachment.caption ?? null,
          status: this.status,
        },
        fileType,
        attachment,
      ),
    );
    if (answer.status !== 200)
      throw new Error(`webhook answered ${answer.status} to a ${fileType}`);
    return this.collect([messageId]);
  }

  /** Sends the messages (one burst) and returns what the bot did once every one is answered. */
  async say(...texts: string[]): Promise<BotTurn> {
    return this.collect(await this.deliver(...texts));
  }

  /** Sends the messages without waiting for the bot; the ids of those webhook-api accepted. */
  async deliver(...texts: string[]): Promise<number[]> {
    const accepted: number[] = [];
    for (const text of texts) {
      const messageId = this.salon.messageId();
      const answer = await this.send(text, messageId);
      if (answer.status !== 200)
        throw new Error(`webhook answered ${answer.status} to "${text}"`);
      if (answer.body.status !== 'ignored') accepted.push(messageId);
    }
    return accepted;
  }

  /** What the bot did since the last look, once these messages are answered and their replies sent. */
  async collect(messageIds: number[]): Promise<BotTurn> {
    const { pipeline } = this.salon;
    await this.answered(messageIds);
    const mine = pipeline.chatwoot.requests.filter(
      (r) => r.conversationId === this.identity.conversationId,
    );
    const fresh = mine.slice(this.seen);
    this.seen = mine.length;
    return botTurn(fresh);
  }

  private async answered(messageIds: number[]): Promise<void> {
    if (messageIds.length === 0) return;
    const { pipeline } = this.salon;
    const ids = new Set(messageIds);
    const conversationId = this.identity.conversationId;
    await waitUntil(
      () => `messages ${[...ids].join(', ')} answered and their replies sent`,
      async () => {
        // One after the other: a turn marks its messages answered and writes its replies in one
        // transaction, so an outbox read after an answered ledger read sees those replies
        // (read together, the outbox could be read just before the commit).
        const inbound = await pipeline.inbound();
        const outbox = await pipeline.outbox();
        const answered = inbound.filter(
          (r) => ids.has(r.messageId) && r.turnId !== null,
        );
        const pending = outbox.filter(
          (r) => r.conversationId === conversationId && r.status === 'pending',
        );
        return answered.length === ids.size && pending.length === 0;
      },
      20_000,
      25,
    );
  }

  appointments(): Promise<AppointmentRow[]> {
    return this.salon.appointmentsOf(this.identity.phone);
  }
}

function botTurn(requests: RecordedRequest[]): BotTurn {
  const messages = requests.filter((r) => r.action === 'messages');
  const replies = messages
    .filter((r) => r.body['private'] !== true)
    .map((r) => String(r.body['content']));
  return {
    replies,
    notes: messages
      .filter((r) => r.body['private'] === true)
      .map((r) => String(r.body['content'])),
    labels: requests
      .filter((r) => r.action === 'labels' && r.method === 'POST')
      .map((r) => r.body['labels'] as string[]),
    statuses: requests
      .filter((r) => r.action === 'toggle_status')
      .map((r) => String(r.body['status'])),
    text: replies.join('\n'),
  };
}

/** The numbered lines of a reply: "1. viernes 27 de noviembre a las 16:00 con Ana" → without the number. */
/** The numbered options of a reply, failing the test when there are none: a loop over none asserts nothing. */
export function offered(text: string): string[] {
  const list = options(text);
  if (list.length === 0)
    throw new Error(`expected numbered options in the reply:\n${text}`);
  return list;
}

export function options(text: string): string[] {
  return (text.match(/^\d+\. .*$/gm) ?? []).map((line) =>
    line.replace(/^\d+\. /, ''),
  );
}
