// The one shape of a customer message inside the system: what the ledger stores and what turn jobs carry.
import { z } from 'zod';

export const inboundAttachmentSchema = z.object({
  fileType: z.string(),
  dataUrl: z.string().nullable(),
  transcribedText: z.string().nullable(),
});

export const inboundMessageSchema = z.object({
  messageId: z.number().int().nonnegative(),
  accountId: z.number().int().nonnegative(),
  inboxId: z.number().int().nonnegative().nullable(),
  conversationId: z.number().int().nonnegative(),
  contactId: z.number().int().nonnegative().nullable(),
  senderName: z.string().nullable(),
  senderPhone: z.string().nullable(),
  /** The conversation's channel (`Channel::Whatsapp`…): whether `senderPhone` is verified (phoneIsVerified). Absent in messages queued before it existed. */
  channel: z.string().nullable().default(null),
  content: z.string().nullable(),
  contentType: z.string(),
  attachments: z.array(inboundAttachmentSchema),
  createdAt: z.iso.datetime({ offset: true }),
});
export type InboundMessage = z.output<typeof inboundMessageSchema>;
