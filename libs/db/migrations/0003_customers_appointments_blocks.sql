CREATE TYPE "public"."appointment_status" AS ENUM('pending', 'confirmed', 'cancelled', 'completed', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."blocking_kind" AS ENUM('once', 'weekly');--> statement-breakpoint
CREATE TABLE "customers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "customers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"chatwoot_contact_id" bigint,
	"phone" text,
	"name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customers_chatwoot_contact_id_unique" UNIQUE("chatwoot_contact_id"),
	CONSTRAINT "customers_phone_unique" UNIQUE("phone"),
	CONSTRAINT "customers_identified" CHECK ("customers"."chatwoot_contact_id" IS NOT NULL OR "customers"."phone" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "appointment_services" (
	"appointment_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"service_id" integer NOT NULL,
	"duration_minutes" integer NOT NULL,
	"price_cents" integer NOT NULL,
	CONSTRAINT "appointment_services_appointment_id_position_pk" PRIMARY KEY("appointment_id","position"),
	CONSTRAINT "appointment_services_position" CHECK ("appointment_services"."position" >= 0),
	CONSTRAINT "appointment_services_duration_positive" CHECK ("appointment_services"."duration_minutes" > 0),
	CONSTRAINT "appointment_services_price_not_negative" CHECK ("appointment_services"."price_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appointments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"customer_id" integer NOT NULL,
	"stylist_id" integer NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone NOT NULL,
	"status" "appointment_status" DEFAULT 'pending' NOT NULL,
	"price_cents" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "appointments_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "appointments_end_after_start" CHECK ("appointments"."end_at" > "appointments"."start_at"),
	CONSTRAINT "appointments_price_not_negative" CHECK ("appointments"."price_cents" >= 0),
	CONSTRAINT "appointments_cancelled_at_when_cancelled" CHECK (("appointments"."status" = 'cancelled') = ("appointments"."cancelled_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "blocking_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "blocking_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"stylist_id" integer NOT NULL,
	"kind" "blocking_kind" NOT NULL,
	"start_at" timestamp with time zone,
	"end_at" timestamp with time zone,
	"weekday" smallint,
	"start_minute" smallint,
	"end_minute" smallint,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "blocking_events_once_columns" CHECK ("blocking_events"."kind" <> 'once' OR ("blocking_events"."start_at" IS NOT NULL AND "blocking_events"."end_at" IS NOT NULL AND "blocking_events"."end_at" > "blocking_events"."start_at" AND "blocking_events"."weekday" IS NULL AND "blocking_events"."start_minute" IS NULL AND "blocking_events"."end_minute" IS NULL)),
	CONSTRAINT "blocking_events_weekly_columns" CHECK ("blocking_events"."kind" <> 'weekly' OR ("blocking_events"."start_at" IS NULL AND "blocking_events"."end_at" IS NULL AND "blocking_events"."weekday" IS NOT NULL AND "blocking_events"."start_minute" IS NOT NULL AND "blocking_events"."end_minute" IS NOT NULL AND "blocking_events"."weekday" BETWEEN 1 AND 7 AND "blocking_events"."start_minute" >= 0 AND "blocking_events"."end_minute" <= 1440 AND "blocking_events"."end_minute" > "blocking_events"."start_minute"))
);
--> statement-breakpoint
ALTER TABLE "appointment_services" ADD CONSTRAINT "appointment_services_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_services" ADD CONSTRAINT "appointment_services_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_stylist_id_stylists_id_fk" FOREIGN KEY ("stylist_id") REFERENCES "public"."stylists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blocking_events" ADD CONSTRAINT "blocking_events_stylist_id_stylists_id_fk" FOREIGN KEY ("stylist_id") REFERENCES "public"."stylists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_services_service_idx" ON "appointment_services" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "appointments_customer_start_idx" ON "appointments" USING btree ("customer_id","start_at");--> statement-breakpoint
CREATE INDEX "appointments_start_idx" ON "appointments" USING btree ("start_at");--> statement-breakpoint
CREATE INDEX "blocking_events_stylist_idx" ON "blocking_events" USING btree ("stylist_id");