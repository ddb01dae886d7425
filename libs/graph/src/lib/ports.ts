// The graph's view of the salon: read-only directory ports and the booking desk, implemented over Postgres by the agent-worker.
import type { SalonAnswerTopic } from '@atrevete/understanding';
import type {
  BookingDesk,
  OpeningDay,
  ServiceInfo,
  StylistInfo,
} from '@atrevete/booking';

export type { BookingDesk, ServiceInfo, StylistInfo };

export interface SalonSettings {
  name: string;
  address: string;
  /** IANA time zone of the salon, e.g. "Europe/Madrid"; opening hours are in this zone. */
  timeZone: string;
  personaName: string;
  /** Cancelling or moving an appointment closer to its start than this goes through a person. */
  cancellationWindowHours: number;
  /** Coming appointments one customer may hold. */
  maxFutureAppointments: number;
}

/** A weekday's opening hours (ISO weekday, minutes from local midnight). */
export type OpeningHoursRow = OpeningDay;

export interface SalonDirectory {
  settings(): Promise<SalonSettings>;
  /** Active services only. */
  services(): Promise<ServiceInfo[]>;
  /** Active stylists only. */
  stylists(): Promise<StylistInfo[]>;
  /** A weekday without a row is closed. */
  openingHours(): Promise<OpeningHoursRow[]>;
  /** Days the whole salon is closed, in date order. */
  holidays(): Promise<Holiday[]>;
  /** The salon's own questions and answers, active ones only. */
  answers(): Promise<SalonAnswer[]>;
}

/** One of the salon's own answers ("Retrasos": "Hasta 10 minutos…"), quoted as the owner wrote it. */
export interface SalonAnswer extends SalonAnswerTopic {
  answer: string;
}

export interface Holiday {
  /** 'YYYY-MM-DD', salon-local. */
  date: string;
  name: string;
}

/**
 * What a message without text carried: a voice note nobody could transcribe, a photo, a
 * sticker, a location, a contact card, a video or another file.
 */
export type MediaKind =
  | 'audio'
  | 'image'
  | 'sticker'
  | 'video'
  | 'location'
  | 'contact'
  | 'file';

/** Who writes: the Chatwoot contact of the conversation, as the webhook described them. */
export interface ContactRef {
  contactId: number | null;
  phone: string | null;
  /** Whether the channel vouches for `phone` (WhatsApp): only then may the phone find the customer. */
  phoneVerified: boolean;
  /** The WhatsApp profile name; may be a nickname or an emoji. */
  profileName: string | null;
}
