// Which Chatwoot channels vouch for the sender's phone number: only those may link a contact to a customer by phone.

/**
 * Channels whose sender phone number the network proves: WhatsApp (Cloud API and 360dialog) and
 * Twilio (WhatsApp or SMS; the carrier delivers from the number). A web widget, e-mail or API
 * inbox shows whatever number the person typed, so it proves nothing.
 */
const PHONE_VERIFYING_CHANNELS: ReadonlySet<string> = new Set([
  'Channel::Whatsapp',
  'Channel::TwilioSms',
]);

/** Whether a conversation's channel (`conversation.channel`) vouches for its contact's phone; unknown or missing: no. */
export function phoneIsVerified(channel: string | null): boolean {
  return channel !== null && PHONE_VERIFYING_CHANNELS.has(channel);
}
