CREATE TYPE "public"."service_category" AS ENUM('Peluquería', 'Estética');--> statement-breakpoint
CREATE TABLE "holidays" (
	"date" date PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opening_hours" (
	"weekday" smallint PRIMARY KEY NOT NULL,
	"opens_at" smallint NOT NULL,
	"closes_at" smallint NOT NULL,
	"break_start" smallint,
	"break_end" smallint,
	CONSTRAINT "opening_hours_weekday" CHECK ("opening_hours"."weekday" BETWEEN 1 AND 7),
	CONSTRAINT "opening_hours_within_day" CHECK ("opening_hours"."opens_at" >= 0 AND "opening_hours"."closes_at" <= 1440),
	CONSTRAINT "opening_hours_closes_after_opens" CHECK ("opening_hours"."closes_at" > "opening_hours"."opens_at"),
	CONSTRAINT "opening_hours_break_complete" CHECK (("opening_hours"."break_start" IS NULL) = ("opening_hours"."break_end" IS NULL)),
	CONSTRAINT "opening_hours_break_inside_day" CHECK ("opening_hours"."break_start" IS NULL OR ("opening_hours"."opens_at" < "opening_hours"."break_start" AND "opening_hours"."break_start" < "opening_hours"."break_end" AND "opening_hours"."break_end" < "opening_hours"."closes_at"))
);
--> statement-breakpoint
CREATE TABLE "salon_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"time_zone" text DEFAULT 'Europe/Madrid' NOT NULL,
	"persona_name" text DEFAULT 'Maite' NOT NULL,
	"phone" text,
	"min_notice_minutes" integer DEFAULT 120 NOT NULL,
	"max_days_ahead" integer DEFAULT 60 NOT NULL,
	"slot_minutes" integer DEFAULT 15 NOT NULL,
	"cancellation_window_hours" integer DEFAULT 24 NOT NULL,
	"max_future_appointments" integer DEFAULT 3 NOT NULL,
	"confirmation_offset_minutes" integer DEFAULT 1440 NOT NULL,
	"reminder_offset_minutes" integer DEFAULT 120 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "salon_settings_single_row" CHECK ("salon_settings"."id" = 1),
	CONSTRAINT "salon_settings_min_notice" CHECK ("salon_settings"."min_notice_minutes" >= 0),
	CONSTRAINT "salon_settings_max_days_ahead" CHECK ("salon_settings"."max_days_ahead" > 0),
	CONSTRAINT "salon_settings_slot_minutes" CHECK ("salon_settings"."slot_minutes" > 0),
	CONSTRAINT "salon_settings_cancellation_window" CHECK ("salon_settings"."cancellation_window_hours" >= 0),
	CONSTRAINT "salon_settings_max_future_appointments" CHECK ("salon_settings"."max_future_appointments" > 0),
	CONSTRAINT "salon_settings_reminder_offsets" CHECK ("salon_settings"."confirmation_offset_minutes" > 0 AND "salon_settings"."reminder_offset_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "services_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"category" "service_category" NOT NULL,
	"duration_minutes" integer NOT NULL,
	"price_cents" integer NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "services_name_unique" UNIQUE("name"),
	CONSTRAINT "services_duration_positive" CHECK ("services"."duration_minutes" > 0),
	CONSTRAINT "services_price_not_negative" CHECK ("services"."price_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stylists" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stylists_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"category" "service_category" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "stylists_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "inbound_messages" (
	"chatwoot_message_id" bigint PRIMARY KEY NOT NULL,
	"account_id" bigint NOT NULL,
	"conversation_id" bigint NOT NULL,
	"inbox_id" bigint,
	"contact_id" bigint,
	"sender_name" text,
	"sender_phone" text,
	"content" text,
	"content_type" text NOT NULL,
	"attachments" jsonb,
	"chatwoot_created_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"turn_id" text,
	CONSTRAINT "inbound_messages_answered_by_turn" CHECK (("inbound_messages"."answered_at" IS NULL) = ("inbound_messages"."turn_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX "inbound_messages_conversation_answered_idx" ON "inbound_messages" USING btree ("conversation_id","answered_at");