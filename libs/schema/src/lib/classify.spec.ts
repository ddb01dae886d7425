import { classifyWebhook, type AnswerFilter } from './classify.js';
import {
  conversationStatusChangedEvent,
  echoEvent,
  incomingAudioEvent,
  incomingMessageEvent,
  messageUpdatedEvent,
  outgoingMessageEvent,
  privateNoteEvent,
} from './fixtures.js';
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
        content: '¿Cuánto cuesta el tinte?',
        contentType: 'text',
        attachments: [],
        createdAt: '2026-11-26T17:30:00.000Z',
      },
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
        dataUrl: expect.stringContaining('audio.ogg'),
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
      'a status event',
      conversationStatusChangedEvent({ status: 'open' }),
      'event_not_handled',
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
});
