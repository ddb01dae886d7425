// Realistic Chatwoot webhook bodies (shapes of Message#webhook_data, Chatwoot v4) for tests, tools and the local demo.

export interface IncomingMessageOptions {
  messageId: number;
  content: string | null;
  conversationId?: number;
  accountId?: number;
  inboxId?: number;
  contactId?: number;
  contactName?: string;
  phone?: string;
  status?: 'open' | 'pending' | 'resolved' | 'snoozed';
  createdAt?: Date;
  /** `conversation.channel`: WhatsApp unless told, e.g. `Channel::WebWidget` for the website's chat. */
  channel?: string;
}

const WHATSAPP = 'Channel::Whatsapp';

const account = (id: number) => ({ id, name: 'Atrévete Peluquería' });
const inbox = (id: number, channel: string) => ({
  id,
  name: channel === WHATSAPP ? 'WhatsApp Atrévete' : 'Web Atrévete',
});

/** The contact's id in the inbox: the phone number on WhatsApp, a random token on a web widget. */
const sourceIdOf = (o: {
  channel: string;
  phone: string;
  contactId: number;
}) =>
  o.channel === WHATSAPP
    ? o.phone.replace('+', '')
    : `3f0c2a6e-8d1b-4c7a-9e52-${String(o.contactId).padStart(12, '0')}`;

function conversation(
  o: Required<Omit<IncomingMessageOptions, 'content'>>,
  lastMessage: object,
) {
  const unix = Math.floor(o.createdAt.getTime() / 1000);
  return {
    additional_attributes: {},
    can_reply: true,
    channel: o.channel,
    contact_inbox: {
      id: o.contactId + 1000,
      contact_id: o.contactId,
      inbox_id: o.inboxId,
      source_id: sourceIdOf(o),
      created_at: '2026-11-20T10:00:00.000Z',
      updated_at: '2026-11-20T10:00:00.000Z',
      hmac_verified: false,
      pubsub_token: 'pubsub-token-redacted',
    },
    id: o.conversationId,
    inbox_id: o.inboxId,
    messages: [lastMessage],
    labels: [],
    meta: {
      sender: {
        additional_attributes: {},
        custom_attributes: {},
        email: null,
        id: o.contactId,
        identifier: null,
        name: o.contactName,
        phone_number: o.phone,
        thumbnail: '',
        blocked: false,
        type: 'contact',
      },
      assignee: null,
      team: null,
      hmac_verified: false,
    },
    status: o.status,
    custom_attributes: {},
    snoozed_until: null,
    unread_count: 1,
    first_reply_created_at: null,
    priority: null,
    waiting_since: unix,
    agent_last_seen_at: 0,
    contact_last_seen_at: 0,
    last_activity_at: unix,
    timestamp: unix,
    created_at: unix,
    updated_at: unix,
  };
}

function withDefaults(
  o: IncomingMessageOptions,
): Required<Omit<IncomingMessageOptions, 'content'>> {
  return {
    messageId: o.messageId,
    conversationId: o.conversationId ?? 42,
    accountId: o.accountId ?? 1,
    inboxId: o.inboxId ?? 3,
    contactId: o.contactId ?? 77,
    contactName: o.contactName ?? 'Laura Pérez',
    phone: o.phone ?? '+34612345678',
    status: o.status ?? 'pending',
    createdAt: o.createdAt ?? new Date(),
    channel: o.channel ?? WHATSAPP,
  };
}

/**
 * `message_created` for a text (or, with `content: null`, an attachment-only) message a contact
 * sent on WhatsApp (or on `channel`: a web-widget contact's phone is whatever they typed).
 */
export function incomingMessageEvent(options: IncomingMessageOptions) {
  const o = withDefaults(options);
  const contact = {
    account: account(o.accountId),
    additional_attributes: {},
    avatar: '',
    custom_attributes: {},
    email: null,
    id: o.contactId,
    identifier: null,
    name: o.contactName,
    phone_number: o.phone,
    thumbnail: '',
    blocked: false,
  };
  const unix = Math.floor(o.createdAt.getTime() / 1000);
  const sourceId =
    o.channel === WHATSAPP
      ? `wamid.HBgLMzQ2MTIzNDU2NzgVAgASGBQzQTk${o.messageId}`
      : null;
  const inner = {
    id: o.messageId,
    content: options.content,
    account_id: o.accountId,
    inbox_id: o.inboxId,
    conversation_id: o.conversationId,
    message_type: 0,
    created_at: unix,
    updated_at: o.createdAt.toISOString(),
    private: false,
    status: 'sent',
    source_id: sourceId,
    content_type: 'text',
    content_attributes: {},
    sender_type: 'Contact',
    sender_id: o.contactId,
    external_source_ids: {},
    additional_attributes: {},
    processed_message_content: options.content,
    sentiment: {},
    conversation: {
      assignee_id: null,
      unread_count: 1,
      last_activity_at: unix,
      contact_inbox: { source_id: sourceIdOf(o) },
    },
    sender: { ...contact, type: 'contact' },
  };
  return {
    account: account(o.accountId),
    additional_attributes: {},
    content_attributes: {},
    content_type: 'text',
    content: options.content,
    conversation: conversation(o, inner),
    created_at: o.createdAt.toISOString(),
    id: o.messageId,
    inbox: inbox(o.inboxId, o.channel),
    message_type: 'incoming',
    private: false,
    sender: contact,
    source_id: sourceId,
    event: 'message_created',
  };
}

/** The same message with an audio note attached and no caption. */
export function incomingAudioEvent(
  options: Omit<IncomingMessageOptions, 'content'> & {
    transcribedText?: string;
    dataUrl?: string;
  },
) {
  return incomingAttachmentEvent(options, 'audio', {
    transcribedText: options.transcribedText ?? '',
    dataUrl: options.dataUrl,
  });
}

/**
 * A message with one attachment (an image, a location, a contact…) and a caption when
 * `options.content` is given; Chatwoot's `file_type` names the kind.
 */
export function incomingAttachmentEvent(
  options: Omit<IncomingMessageOptions, 'content'> & {
    content?: string | null;
  },
  fileType: string,
  attachment: { transcribedText?: string; dataUrl?: string } = {},
) {
  const base = incomingMessageEvent({
    ...options,
    content: options.content ?? null,
  });
  const extension: Record<string, string> = {
    audio: 'ogg',
    image: 'jpg',
    video: 'mp4',
  };
  const contentType: Record<string, string> = {
    audio: 'audio/ogg',
    image: 'image/jpeg',
    video: 'video/mp4',
  };
  return {
    ...base,
    attachments: [
      {
        id: 9000 + base.id,
        message_id: base.id,
        file_type: fileType,
        account_id: base.account.id,
        extension: null,
        data_url:
          attachment.dataUrl ??
          `https://chat.example.com/rails/active_storage/blobs/redirect/${fileType}-${base.id}.${extension[fileType] ?? 'bin'}`,
        thumb_url: '',
        file_size: 48213,
        ...(fileType === 'audio' && {
          transcribed_text: attachment.transcribedText ?? '',
        }),
        content_type: contentType[fileType] ?? 'application/octet-stream',
      },
    ],
  };
}

/** The bot's (or an agent's) reply, as Chatwoot sends it back to the webhook. */
export function outgoingMessageEvent(
  options: IncomingMessageOptions & { senderType?: 'user' | 'agent_bot' },
) {
  const base = incomingMessageEvent(options);
  return {
    ...base,
    message_type: 'outgoing',
    sender:
      options.senderType === 'user'
        ? {
            id: 5,
            name: 'Ana (recepción)',
            email: 'ana@atrevete.example',
            type: 'user',
          }
        : { id: 2, name: 'Maite', avatar_url: '', type: 'agent_bot' },
  };
}

/** A private note an agent left for colleagues. */
export function privateNoteEvent(options: IncomingMessageOptions) {
  return {
    ...outgoingMessageEvent({ ...options, senderType: 'user' }),
    private: true,
  };
}

/** A message the salon sent from the WhatsApp phone app: outgoing, no sender, `external_echo`. */
export function echoEvent(options: IncomingMessageOptions) {
  return {
    ...incomingMessageEvent(options),
    message_type: 'outgoing',
    sender: null,
    content_attributes: { external_echo: true },
  };
}

/** A delivery-status change of a message. */
export function messageUpdatedEvent(options: IncomingMessageOptions) {
  return { ...incomingMessageEvent(options), event: 'message_updated' };
}

/**
 * A conversation changed status: an agent took it (`open`), or gave it back to the bot
 * (`pending`). `conversation_updated` carries the same shape with whatever changed.
 */
export function conversationStatusChangedEvent(
  options: Omit<IncomingMessageOptions, 'content' | 'messageId'> & {
    event?: 'conversation_status_changed' | 'conversation_updated';
    changed?: string[];
  },
) {
  const o = withDefaults({ ...options, messageId: 1, content: null });
  const conv = conversation(o, {
    id: 1,
    account_id: o.accountId,
    conversation_id: o.conversationId,
    message_type: 0,
    content: 'hola',
  });
  const previous = o.status === 'open' ? 'pending' : 'open';
  return {
    ...conv,
    event: options.event ?? 'conversation_status_changed',
    changed_attributes: (options.changed ?? ['status']).map((attribute) => ({
      [attribute]:
        attribute === 'status'
          ? { previous_value: previous, current_value: o.status }
          : { previous_value: null, current_value: 1 },
    })),
  };
}
