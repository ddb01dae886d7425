CREATE TYPE "public"."outbox_kind" AS ENUM('message', 'private_note', 'toggle_status', 'add_labels');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"turn_id" text NOT NULL,
	"seq" smallint DEFAULT 0 NOT NULL,
	"account_id" bigint NOT NULL,
	"conversation_id" bigint NOT NULL,
	"kind" "outbox_kind" NOT NULL,
	"payload" jsonb NOT NULL,
	"status" "outbox_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"chatwoot_message_id" bigint,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempted_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	CONSTRAINT "outbox_done_when_not_pending" CHECK (("outbox"."status" = 'pending') = ("outbox"."done_at" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_turn_seq_key" ON "outbox" USING btree ("turn_id","seq");--> statement-breakpoint
CREATE INDEX "outbox_conversation_pending_idx" ON "outbox" USING btree ("account_id","conversation_id","id") WHERE "outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "outbox_pending_created_idx" ON "outbox" USING btree ("created_at") WHERE "outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "inbound_messages_unanswered_idx" ON "inbound_messages" USING btree ("received_at") WHERE "inbound_messages"."answered_at" IS NULL;