CREATE TYPE "public"."turn_status" AS ENUM('claimed', 'committed', 'failed');--> statement-breakpoint
CREATE TABLE "turns" (
	"turn_id" text PRIMARY KEY NOT NULL,
	"account_id" bigint NOT NULL,
	"conversation_id" bigint NOT NULL,
	"message_ids" bigint[] NOT NULL,
	"status" "turn_status" DEFAULT 'claimed' NOT NULL,
	"attempt" integer DEFAULT 1 NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"base_checkpoint_id" text,
	"checkpoint_id" text,
	"last_error" text,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "inbound_messages" DROP CONSTRAINT "inbound_messages_answered_by_turn";--> statement-breakpoint
ALTER TABLE "inbound_messages" ADD COLUMN "channel" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "unconfirmed_since" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "turns_one_open_per_conversation" ON "turns" USING btree ("account_id","conversation_id") WHERE "turns"."status" = 'claimed';--> statement-breakpoint
CREATE INDEX "turns_conversation_finished_idx" ON "turns" USING btree ("account_id","conversation_id","finished_at");--> statement-breakpoint
CREATE INDEX "inbound_messages_retention_idx" ON "inbound_messages" USING btree ("received_at") WHERE "inbound_messages"."content" IS NOT NULL OR "inbound_messages"."attachments" IS NOT NULL OR "inbound_messages"."sender_phone" IS NOT NULL OR "inbound_messages"."sender_name" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "inbound_messages" ADD CONSTRAINT "inbound_messages_answered_by_turn" CHECK ("inbound_messages"."answered_at" IS NULL OR "inbound_messages"."turn_id" IS NOT NULL);