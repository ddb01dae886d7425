CREATE TYPE "public"."appointment_message_kind" AS ENUM('confirmation', 'reminder');--> statement-breakpoint
CREATE TYPE "public"."appointment_message_status" AS ENUM('scheduled', 'queued', 'skipped', 'cancelled');--> statement-breakpoint
CREATE TABLE "appointment_messages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appointment_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"appointment_id" integer NOT NULL,
	"kind" "appointment_message_kind" NOT NULL,
	"status" "appointment_message_status" DEFAULT 'scheduled' NOT NULL,
	"for_start_at" timestamp with time zone NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"reason" text,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_messages_one_per_kind" UNIQUE("appointment_id","kind"),
	CONSTRAINT "appointment_messages_done_at" CHECK (("appointment_messages"."status" = 'scheduled') = ("appointment_messages"."done_at" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "appointment_messages" ADD CONSTRAINT "appointment_messages_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_messages_scheduled" ON "appointment_messages" USING btree ("for_start_at") WHERE "appointment_messages"."status" = 'scheduled';
--> statement-breakpoint
-- Every pending or confirmed appointment owes a reminder, and a confirmation request unless it is
-- confirmed already; a move to another time schedules both again (a reminder sent for the old
-- time does not count); a cancel, a no-show or a completion cancels what was not sent yet.
CREATE FUNCTION atrevete_schedule_appointment_messages() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  confirmation appointment_message_status;
  -- The clock of the transaction that writes (SET LOCAL atrevete.now by the booking engine), so
  -- that tests and replays with their own clock schedule by it; else the database's.
  scheduled timestamptz := coalesce(nullif(current_setting('atrevete.now', true), '')::timestamptz, now());
BEGIN
  IF NEW.status IN ('pending', 'confirmed') THEN
    confirmation := CASE WHEN NEW.status = 'confirmed' THEN 'skipped' ELSE 'scheduled' END;
    INSERT INTO appointment_messages AS m (appointment_id, kind, status, for_start_at, scheduled_at, reason, done_at)
    VALUES
      (NEW.id, 'confirmation', confirmation, NEW.start_at, scheduled,
       CASE WHEN confirmation = 'skipped' THEN 'already_confirmed' END,
       CASE WHEN confirmation = 'skipped' THEN scheduled END),
      (NEW.id, 'reminder', 'scheduled', NEW.start_at, scheduled, NULL, NULL)
    ON CONFLICT (appointment_id, kind) DO UPDATE SET
      status = CASE
        WHEN m.for_start_at <> EXCLUDED.for_start_at OR m.status = 'cancelled' THEN EXCLUDED.status
        WHEN m.status = 'scheduled' THEN EXCLUDED.status
        ELSE m.status
      END,
      reason = CASE
        WHEN m.for_start_at <> EXCLUDED.for_start_at OR m.status IN ('scheduled', 'cancelled') THEN EXCLUDED.reason
        ELSE m.reason
      END,
      done_at = CASE
        WHEN m.for_start_at <> EXCLUDED.for_start_at OR m.status IN ('scheduled', 'cancelled') THEN EXCLUDED.done_at
        ELSE m.done_at
      END,
      scheduled_at = CASE
        WHEN m.for_start_at <> EXCLUDED.for_start_at OR m.status = 'cancelled' THEN EXCLUDED.scheduled_at
        ELSE m.scheduled_at
      END,
      for_start_at = EXCLUDED.for_start_at,
      updated_at = now();
  ELSE
    UPDATE appointment_messages
       SET status = 'cancelled', reason = 'appointment_' || NEW.status::text, done_at = scheduled, updated_at = now()
     WHERE appointment_id = NEW.id AND status = 'scheduled';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER appointments_schedule_messages
  AFTER INSERT OR UPDATE OF start_at, status ON appointments
  FOR EACH ROW EXECUTE FUNCTION atrevete_schedule_appointment_messages();
--> statement-breakpoint
-- Appointments booked before this migration owe their messages too (the claim skips what is too late).
INSERT INTO appointment_messages (appointment_id, kind, status, for_start_at, scheduled_at, reason, done_at)
SELECT a.id, k.kind,
       CASE WHEN k.kind = 'confirmation' AND a.status = 'confirmed' THEN 'skipped' ELSE 'scheduled' END::appointment_message_status,
       a.start_at, a.created_at,
       CASE WHEN k.kind = 'confirmation' AND a.status = 'confirmed' THEN 'already_confirmed' END,
       CASE WHEN k.kind = 'confirmation' AND a.status = 'confirmed' THEN now() END
  FROM appointments a
 CROSS JOIN (VALUES ('confirmation'::appointment_message_kind), ('reminder'::appointment_message_kind)) AS k(kind)
 WHERE a.status IN ('pending', 'confirmed');
