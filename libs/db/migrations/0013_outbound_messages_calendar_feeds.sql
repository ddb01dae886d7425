CREATE TABLE "calendar_feeds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "calendar_feeds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"stylist_id" integer,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_token_unique" UNIQUE("token"),
	CONSTRAINT "calendar_feeds_one_per_stylist" UNIQUE NULLS NOT DISTINCT("stylist_id")
);
--> statement-breakpoint
ALTER TABLE "salon_settings" ADD COLUMN "unconfirmed_alert_minutes" integer DEFAULT 240 NOT NULL;--> statement-breakpoint
ALTER TABLE "salon_settings" ADD COLUMN "confirmation_template" text;--> statement-breakpoint
ALTER TABLE "salon_settings" ADD COLUMN "reminder_template" text;--> statement-breakpoint
ALTER TABLE "salon_settings" ADD COLUMN "template_language" text DEFAULT 'es' NOT NULL;--> statement-breakpoint
ALTER TABLE "salon_settings" ADD COLUMN "template_category" text DEFAULT 'UTILITY' NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "calendar_uid" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "unconfirmed_flagged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_stylist_id_stylists_id_fk" FOREIGN KEY ("stylist_id") REFERENCES "public"."stylists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointments_open_start_idx" ON "appointments" USING btree ("start_at") WHERE "appointments"."status" IN ('pending', 'confirmed');--> statement-breakpoint
ALTER TABLE "salon_settings" ADD CONSTRAINT "salon_settings_unconfirmed_alert" CHECK ("salon_settings"."unconfirmed_alert_minutes" > 0);