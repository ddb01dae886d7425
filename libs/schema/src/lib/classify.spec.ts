import { phoneIsVerified } from './channels.js';
import { classifyWebhook, type AnswerFilter } from './classify.js';
import {
  conversationStatusChangedEvent,
  echoEvent,
  incomingAudioEvent,
  incomingMessageEvent,
  messageUpdatedEvent,
  outgoingMessageEvent,
  privateNoteEvent,
} from '../testing/fixtures.js';
import { turnJobSchema } from './jobs.js';

const filter: AnswerFilter = { accountId: 1, statuses: ['pending'] };
const at = new Date('2026-11-26T17:30:00.000Z');

describe('classifyWebhook', () => {
  it('answers a text message from a WhatsApp contact', () => {
    const result = classifyWebhook(
      incomingMessageEvent({
        messageId: 501,
        content: '¿Cuánto cuesta el tinte?',
        createdAt: at,
      }),
      filter,
    );
    expect(result).toEqual({
      kind: 'answer',
      message: {
        messageId: 501,
        accountId: 1,
        inboxId: 3,
        conversationId: 42,
        contactId: 77,
        senderName: 'Laura Pérez',
        senderPhone: '+34612345678',
        channel: 'Channel::Whatsapp',
        content: '¿Cuánto cuesta el tinte?',
        contentType: 'text',
        attachments: [],
        createdAt: '2026-11-26T17:30:00.000Z',
      },
    });
  });

  it('keeps the channel of a web-widget message, whose phone is only what the visitor typed', () => {
    const result = classifyWebhook(
      incomingMessageEvent({
        messageId: 503,
        content: '¿qué citas tengo?',
        contactId: 78,
        channel: 'Channel::WebWidget',
      }),
      filter,
    );
    expect(result).toMatchObject({
      kind: 'answer',
      message: {
        contactId: 78,
        senderPhone: '+34612345678',
        channel: 'Channel::WebWidget',
      },
    });
    if (result.kind !== 'answer') return;
    expect(phoneIsVerified(result.message.channel)).toBe(false);
  });

  it('answers a conversation whose channel is not given, as an unknown channel', () => {
    const body = incomingMessageEvent({ messageId: 504, content: 'hola' });
    const conversation: Record<string, unknown> = { ...body.conversation };
    delete conversation['channel'];
    const result = classifyWebhook({ ...body, conversation }, filter);
    expect(result).toMatchObject({
      kind: 'answer',
      message: { channel: null },
    });
  });

  it('answers an audio note with no text, keeping the attachment', () => {
    const result = classifyWebhook(
      incomingAudioEvent({ messageId: 502 }),
      filter,
    );
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect(result.message.content).toBeNull();
    expect(result.message.attachments).toEqual([
      {
        fileType: 'audio',
        dataUrl: expect.stringMatching(/audio-502\.ogg$/),
        transcribedText: null,
      },
    ]);
  });

  it.each([
    [
      'the bot’s own reply',
      outgoingMessageEvent({ messageId: 1, content: 'Hola' }),
      'not_incoming',
    ],
    [
      'an agent’s reply',
      outgoingMessageEvent({
        messageId: 2,
        content: 'Hola',
        senderType: 'user',
      }),
      'not_incoming',
    ],
    [
      'a private note',
      privateNoteEvent({ messageId: 3, content: 'llamar' }),
      'not_incoming',
    ],
    [
      'an echo from the phone app',
      echoEvent({ messageId: 4, content: 'ok' }),
      'not_incoming',
    ],
    [
      'a delivery-status update',
      messageUpdatedEvent({ messageId: 5, content: 'hola' }),
      'event_not_handled',
    ],
    [
      'a person taking the conversation',
      conversationStatusChangedEvent({ status: 'open' }),
      'conversation_not_for_bot',
    ],
    [
      'an update that leaves the status alone',
      conversationStatusChangedEvent({
        status: 'pending',
        event: 'conversation_updated',
        changed: ['assignee_id'],
      }),
      'event_not_handled',
    ],
    [
      'a conversation of another account given back',
      conversationStatusChangedEvent({ status: 'pending', accountId: 9 }),
      'other_account',
    ],
    [
      'another account',
      incomingMessageEvent({ messageId: 6, content: 'hola', accountId: 9 }),
      'other_account',
    ],
    [
      'a conversation a person has',
      incomingMessageEvent({ messageId: 7, content: 'hola', status: 'open' }),
      'conversation_not_for_bot',
    ],
  ])('ignores %s', (_name, body, reason) => {
    expect(classifyWebhook(body, filter)).toMatchObject({
      kind: 'ignore',
      reason,
    });
  });

  it('takes the bot’s own message carrying an outbox marker as the echo of that row, never a turn', () => {
    const reply = {
      ...outgoingMessageEvent({
        messageId: 14,
        content: 'Hola',
        conversationId: 43,
      }),
      content_attributes: { atrevete_outbox_id: 77 },
    };
    const note = { ...reply, id: 15, private: true };
    expect(classifyWebhook(reply, filter)).toEqual({
      kind: 'echo',
      echo: {
        outboxId: 77,
        chatwootMessageId: 14,
        accountId: 1,
        conversationId: 43,
      },
    });
    expect(classifyWebhook(note, filter)).toMatchObject({
      kind: 'echo',
      echo: { outboxId: 77, chatwootMessageId: 15 },
    });
    // A reminder sent as a WhatsApp template comes back as one.
    const template = { ...reply, id: 16, message_type: 'template' };
    expect(classifyWebhook(template, filter)).toMatchObject({
      kind: 'echo',
      echo: { outboxId: 77, chatwootMessageId: 16 },
    });
  });

  it.each([
    ['a marker that is not an outbox id', 'outgoing', 'message_created', 'x'],
    ['a marker of 0', 'outgoing', 'message_created', 0],
    ['a delivery-status update', 'outgoing', 'message_updated', 77],
  ])(
    'ignores the bot’s message with %s',
    (_name, messageType, event, marker) => {
      const body = {
        ...outgoingMessageEvent({ messageId: 16, content: 'Hola' }),
        message_type: messageType,
        event,
        content_attributes: { atrevete_outbox_id: marker },
      };
      expect(classifyWebhook(body, filter)).toMatchObject({ kind: 'ignore' });
    },
  );

  it('answers a customer’s message even if it carries the marker', () => {
    const body = {
      ...incomingMessageEvent({ messageId: 17, content: 'hola' }),
      content_attributes: { atrevete_outbox_id: 77 },
    };
    expect(classifyWebhook(body, filter).kind).toBe('answer');
  });

  it('ignores an incoming private note and an incoming echo', () => {
    const note = {
      ...incomingMessageEvent({ messageId: 8, content: 'x' }),
      private: true,
    };
    const echo = {
      ...incomingMessageEvent({ messageId: 9, content: 'x' }),
      content_attributes: { external_echo: true },
    };
    expect(classifyWebhook(note, filter)).toMatchObject({
      reason: 'private_note',
    });
    expect(classifyWebhook(echo, filter)).toMatchObject({ reason: 'echo' });
  });

  it('ignores an incoming message whose sender is an agent', () => {
    const body = {
      ...incomingMessageEvent({ messageId: 10, content: 'x' }),
      sender: { id: 5, name: 'Ana', type: 'user' },
    };
    expect(classifyWebhook(body, filter)).toMatchObject({
      reason: 'not_from_contact',
    });
  });

  it('answers any account when none is configured, and only the configured inbox when one is', () => {
    const body = incomingMessageEvent({
      messageId: 11,
      content: 'hola',
      accountId: 9,
      inboxId: 4,
    });
    expect(classifyWebhook(body, { statuses: ['pending'] }).kind).toBe(
      'answer',
    );
    expect(
      classifyWebhook(body, { statuses: ['pending'], inboxId: 3 }),
    ).toMatchObject({ reason: 'other_inbox' });
  });

  it.each([
    ['a body that is not an object', 'hola', /body/],
    ['a body without event', { id: 1 }, /event/],
    [
      'a message without id',
      {
        ...incomingMessageEvent({ messageId: 1, content: 'x' }),
        id: undefined,
      },
      /^id/,
    ],
    [
      'a message_type that is not a known string',
      {
        ...incomingMessageEvent({ messageId: 1, content: 'x' }),
        message_type: 0,
      },
      /message_type/,
    ],
    [
      'a conversation without status',
      {
        ...incomingMessageEvent({ messageId: 1, content: 'x' }),
        conversation: { id: 4 },
      },
      /conversation.status/,
    ],
  ])('rejects %s with a short reason', (_name, body, reason) => {
    const result = classifyWebhook(body, filter);
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid') expect(result.reason).toMatch(reason);
  });

  it('produces messages the turn job schema accepts', () => {
    const result = classifyWebhook(
      incomingMessageEvent({ messageId: 12, content: 'hola' }),
      filter,
    );
    if (result.kind !== 'answer') throw new Error('expected an answer');
    const job = {
      accountId: 1,
      conversationId: 42,
      messages: [result.message],
    };
    expect(turnJobSchema.parse(job)).toEqual(job);
    expect(
      turnJobSchema.safeParse({ ...job, messages: [{ messageId: 'x' }] })
        .success,
    ).toBe(false);
  });

  it('reads a message an older webhook-api queued without its channel as one of an unknown channel', () => {
    const result = classifyWebhook(
      incomingMessageEvent({ messageId: 13, content: 'hola' }),
      filter,
    );
    if (result.kind !== 'answer') throw new Error('expected an answer');
    // As it sits in Redis: JSON, with no channel key at all.
    const older = JSON.stringify({ ...result.message, channel: undefined });
    expect(older).not.toContain('channel');
    const job = turnJobSchema.parse({
      accountId: 1,
      conversationId: 42,
      messages: [JSON.parse(older)],
    });
    expect(job.messages).toEqual([{ ...result.message, channel: null }]);
  });
});

describe('phoneIsVerified', () => {
  it.each([
    ['Channel::Whatsapp', true],
    ['Channel::TwilioSms', true],
    ['Channel::WebWidget', false],
    ['Channel::Email', false],
    ['Channel::Api', false],
    ['Channel::Telegram', false],
    ['Channel::Whatsapp ', false],
    [null, false],
  ])(
    'says whether a %s conversation vouches for its phone (%s)',
    (channel, verified) => {
      expect(phoneIsVerified(channel)).toBe(verified);
    },
  );

  describe('a conversation given back to the bot', () => {
    it.each([
      ['conversation_status_changed', undefined],
      ['conversation_updated', ['status', 'updated_at']],
    ] as const)('%s to pending is returned', (event, changed) => {
      const result = classifyWebhook(
        conversationStatusChangedEvent({
          status: 'pending',
          conversationId: 42,
          event,
          changed: changed ? [...changed] : undefined,
        }),
        filter,
      );
      expect(result).toEqual({
        kind: 'returned',
        key: { accountId: 1, conversationId: 42 },
      });
    });

    it('rejects a status event without a conversation id', () => {
      const body = conversationStatusChangedEvent({ status: 'pending' });
      expect(classifyWebhook({ ...body, id: undefined }, filter).kind).toBe(
        'invalid',
      );
    });
  });
});
