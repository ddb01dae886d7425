-- Changes that others must see at once, announced with NOTIFY on commit (whoever writes them:
-- the bot, the console, a script). The console's live agenda listens on `atrevete_agenda`; the
-- agent-worker drops what it read of the catalogue and settings on `atrevete_catalogue`, so
-- the bot's next answer never quotes an old price or offers an hour that was closed.

CREATE FUNCTION atrevete_notify_agenda() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed appointments;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  PERFORM pg_notify('atrevete_agenda', json_build_object(
    'op', lower(TG_OP),
    'appointmentId', changed.id,
    'stylistId', changed.stylist_id,
    'startAt', changed.start_at,
    'endAt', changed.end_at,
    'status', changed.status
  )::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER appointments_notify_agenda
  AFTER INSERT OR UPDATE OR DELETE ON appointments
  FOR EACH ROW EXECUTE FUNCTION atrevete_notify_agenda();
--> statement-breakpoint
CREATE FUNCTION atrevete_notify_blocks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('atrevete_agenda', json_build_object('op', 'blocks', 'table', TG_TABLE_NAME)::text);
  PERFORM pg_notify('atrevete_catalogue', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION atrevete_notify_catalogue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('atrevete_catalogue', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER blocking_events_notify
  AFTER INSERT OR UPDATE OR DELETE ON blocking_events
  FOR EACH STATEMENT EXECUTE FUNCTION atrevete_notify_blocks();
--> statement-breakpoint
CREATE TRIGGER opening_hours_notify
  AFTER INSERT OR UPDATE OR DELETE ON opening_hours
  FOR EACH STATEMENT EXECUTE FUNCTION atrevete_notify_blocks();
--> statement-breakpoint
CREATE TRIGGER holidays_notify
  AFTER INSERT OR UPDATE OR DELETE ON holidays
  FOR EACH STATEMENT EXECUTE FUNCTION atrevete_notify_blocks();
--> statement-breakpoint
CREATE TRIGGER stylists_notify
  AFTER INSERT OR UPDATE OR DELETE ON stylists
  FOR EACH STATEMENT EXECUTE FUNCTION atrevete_notify_blocks();
--> statement-breakpoint
CREATE TRIGGER services_notify
  AFTER INSERT OR UPDATE OR DELETE ON services
  FOR EACH STATEMENT EXECUTE FUNCTION atrevete_notify_catalogue();
--> statement-breakpoint
CREATE TRIGGER salon_settings_notify
  AFTER INSERT OR UPDATE OR DELETE ON salon_settings
  FOR EACH STATEMENT EXECUTE FUNCTION atrevete_notify_catalogue();
