// The salon writes first: claims the confirmation requests, reminders and unconfirmed flags that are due, writes them to the outbox in the claim's transaction, and has them sent; also closes the appointments nobody marked, the day after.
import type { FaultPoint } from '@atrevete/config';
import * as store from '@atrevete/db';
import {
  UNCONFIRMED_LABEL,
  appointmentMessageText,
  templateBody,
  unconfirmedNote,
  type AppointmentMessageFacts,
} from '@atrevete/graph';
import type { Logger, WorkerMetrics } from '@atrevete/observability';
import type { ConversationKey, TemplateParams } from '@atrevete/schema';

/** WhatsApp lets a business write freely only this long after the customer's last message. */
export const WHATSAPP_WINDOW_MS = 24 * 3600 * 1000;

/** Why a due message was not sent (recorded on it, shown to staff). */
export type NotSentReason =
  | 'no_template'
  | 'no_whatsapp_contact'
  | 'no_inbox_configured';

export interface AppointmentMessagesDeps {
  db: store.Database;
  now: () => Date;
  /** Where a conversation is started for a customer with none (config: CHATWOOT_ACCOUNT_ID / _INBOX_ID). */
  inbox: { accountId: number; inboxId: number } | null;
  enqueueReplies(key: ConversationKey): Promise<void>;
  fault(point: FaultPoint): void;
  logger: Logger;
  metrics: Pick<WorkerMetrics, 'appointmentMessages'>;
  /** Rows claimed per transaction. */
  batchSize?: number;
}

interface OutboundSettings {
  name: string;
  address: string;
  timeZone: string;
  confirmationTemplate: string | null;
  reminderTemplate: string | null;
  templateLanguage: string;
  templateCategory: string;
}

export interface PassResult {
  queued: number;
  skipped: number;
  flagged: number;
}

/** Where a message goes (with the template outside the 24-hour window), or why it does not. */
type Delivery =
  | { target: store.AppointmentMessageTarget; template?: TemplateParams }
  | { reason: NotSentReason };

/**
 * How a message reaches the customer: in the conversation they wrote in last, as text inside the
 * 24-hour window and as the salon's template outside it; or in a new conversation for their
 * contact, which is outside the window by definition.
 */
export function planDelivery(opts: {
  now: Date;
  conversation: store.CustomerConversation | null;
  contactId: number | null;
  inbox: AppointmentMessagesDeps['inbox'];
  template: TemplateParams | null;
}): Delivery {
  const { conversation, template } = opts;
  if (
    conversation &&
    opts.now.getTime() - conversation.lastCustomerMessageAt.getTime() <
      WHATSAPP_WINDOW_MS
  )
    return { target: { kind: 'conversation', conversation } };
  if (!template) return { reason: 'no_template' };
  if (conversation)
    return { target: { kind: 'conversation', conversation }, template };
  if (opts.contactId === null) return { reason: 'no_whatsapp_contact' };
  if (!opts.inbox) return { reason: 'no_inbox_configured' };
  const { accountId, inboxId } = opts.inbox;
  return {
    target: {
      kind: 'new_conversation',
      accountId,
      inboxId,
      contactId: opts.contactId,
    },
    template,
  };
}

/** The message in Spanish, where it goes, and the template outside the 24-hour window; or why it is not sent. */
function composed(
  message: store.DueAppointmentMessage,
  d: store.AppointmentMessageDetails,
  context: {
    settings: OutboundSettings;
    now: Date;
    inbox: AppointmentMessagesDeps['inbox'];
    conversation: store.CustomerConversation | null;
  },
): store.OutgoingAppointmentMessage | { reason: NotSentReason } {
  const { settings, now } = context;
  const facts: AppointmentMessageFacts = {
    kind: message.kind,
    customerName: d.customerName,
    startAt: d.startAt,
    stylistName: d.stylistName,
    serviceNames: d.serviceNames,
    salonName: settings.name,
    salonAddress: settings.address,
    timeZone: settings.timeZone,
    now,
  };
  const templateName =
    message.kind === 'confirmation'
      ? settings.confirmationTemplate
      : settings.reminderTemplate;
  const plan = planDelivery({
    now,
    conversation: context.conversation,
    contactId: d.contactId,
    inbox: context.inbox,
    template: templateName
      ? {
          name: templateName,
          category: settings.templateCategory,
          language: settings.templateLanguage,
          processed_params: { body: templateBody(facts) },
        }
      : null,
  });
  if ('reason' in plan) return plan;
  return { id: message.id, content: appointmentMessageText(facts), ...plan };
}

async function readSettings(tx: store.DbExecutor): Promise<OutboundSettings> {
  const [row] = await tx
    .select({
      name: store.salonSettings.name,
      address: store.salonSettings.address,
      timeZone: store.salonSettings.timeZone,
      confirmationTemplate: store.salonSettings.confirmationTemplate,
      reminderTemplate: store.salonSettings.reminderTemplate,
      templateLanguage: store.salonSettings.templateLanguage,
      templateCategory: store.salonSettings.templateCategory,
    })
    .from(store.salonSettings);
  if (!row) throw new Error('salon_settings has no row: seed the salon first');
  return row;
}

/**
 * One batch: claims what is due at `now`, writes each message's outbox row (or its reason for
 * not being sent) and the flags of unconfirmed appointments, all in one transaction, then asks
 * for the conversations to be sent. A crash before the commit leaves the rows due for the next
 * pass (of any replica); after it, the outbox sends each exactly once, and the sweeper covers a
 * replies job that was never enqueued.
 */
export async function sendDueAppointmentMessages(
  deps: AppointmentMessagesDeps,
): Promise<PassResult> {
  const now = deps.now();
  const limit = deps.batchSize ?? 500;
  const { keys, outcomes, result } = await deps.db.transaction(async (tx) => {
    const settings = await readSettings(tx);
    const claimed = await store.claimDueAppointmentMessages(tx, { now, limit });
    const flags = await store.flagUnconfirmedAppointments(tx, { now, limit });
    const appointmentIds = [
      ...claimed.due.map((m) => m.appointmentId),
      ...flags.map((f) => f.appointmentId),
    ];
    const details = await store.appointmentMessageDetails(tx, appointmentIds);
    const conversations = await store.latestConversationsOf(
      tx,
      [...new Set([...details.values()].map((d) => d.customerId))],
      deps.inbox?.inboxId ?? null,
    );

    const queue: store.OutgoingAppointmentMessage[] = [];
    const outcomes: Array<{ kind: string; outcome: string }> =
      claimed.skipped.map((m) => ({ kind: m.kind, outcome: m.reason }));
    let skipped = claimed.skipped.length;
    for (const message of claimed.due) {
      const d = details.get(message.appointmentId);
      if (!d) throw new Error(`appointment ${message.appointmentId} vanished`);
      const plan = composed(message, d, {
        settings,
        now,
        inbox: deps.inbox,
        conversation: conversations.get(d.customerId) ?? null,
      });
      outcomes.push({
        kind: message.kind,
        outcome: 'reason' in plan ? plan.reason : 'queued',
      });
      if ('reason' in plan) {
        await store.skipAppointmentMessage(tx, message.id, plan.reason);
        skipped += 1;
        deps.logger.warn(
          { appointmentId: d.appointmentId, kind: message.kind, ...plan },
          'appointment message not sent',
        );
      } else queue.push(plan);
    }
    const keys = await store.queueAppointmentMessages(tx, queue);

    let flagged = 0;
    for (const flag of flags) {
      const d = details.get(flag.appointmentId);
      const conversation = d && conversations.get(d.customerId);
      // Without a conversation the console's flag is all staff get.
      if (!d || !conversation) continue;
      await store.queueUnconfirmedFlag(tx, {
        appointmentId: flag.appointmentId,
        conversation,
        label: UNCONFIRMED_LABEL,
        note: unconfirmedNote({ ...d, timeZone: settings.timeZone }),
      });
      keys.push(conversation);
      flagged += 1;
    }
    for (let i = 0; i < flags.length; i++)
      outcomes.push({ kind: 'unconfirmed', outcome: 'flagged' });
    if (keys.length > 0) deps.fault('before-appointment-messages-commit');
    return {
      keys,
      outcomes,
      result: { queued: queue.length, skipped, flagged },
    };
  });
  // Counted once committed: a pass that rolled back sent nothing.
  for (const labels of outcomes) deps.metrics.appointmentMessages.inc(labels);
  if (keys.length > 0) deps.fault('after-appointment-messages-commit');
  for (const key of keys)
    await deps
      .enqueueReplies(key)
      .catch((error: unknown) =>
        deps.logger.warn(
          { err: error, conversationId: key.conversationId },
          'could not enqueue appointment messages; the sweeper will',
        ),
      );
  if (result.queued + result.skipped + result.flagged > 0)
    deps.logger.info(result, 'appointment messages handed to the outbox');
  return result;
}

export interface AppointmentMessagesLoop {
  stop(): Promise<void>;
}

/**
 * Runs a pass now and `intervalMs` after each ends (a full batch goes again at once); a failed pass
 * waits for the next. Any number of replicas may run it: claims never overlap.
 */
export function startAppointmentMessages(
  deps: AppointmentMessagesDeps,
  intervalMs: number,
): AppointmentMessagesLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const batchSize = deps.batchSize ?? 500;
  const pass = async () => {
    try {
      // The day after: what nobody marked as completed or no-show is completed.
      await store.completeUnmarkedAppointments(deps.db, deps.now());
      for (;;) {
        const done = await sendDueAppointmentMessages(deps);
        if (stopped || done.queued + done.skipped < batchSize) break;
      }
    } catch (error) {
      deps.logger.warn(
        { err: error },
        'appointment messages pass failed; trying again next interval',
      );
    }
  };
  const schedule = () => {
    running = pass().then(() => {
      if (!stopped) timer = setTimeout(schedule, intervalMs);
    });
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
