CREATE TABLE "salon_answers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "salon_answers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"topic" text NOT NULL,
	"phrasings" text[] NOT NULL,
	"answer" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "salon_answers_topic_unique" UNIQUE("topic"),
	CONSTRAINT "salon_answers_topic_length" CHECK (length(trim("salon_answers"."topic")) BETWEEN 1 AND 80),
	CONSTRAINT "salon_answers_answer_length" CHECK (length(trim("salon_answers"."answer")) BETWEEN 1 AND 1000),
	CONSTRAINT "salon_answers_phrasings_present" CHECK (cardinality("salon_answers"."phrasings") BETWEEN 1 AND 40)
);
--> statement-breakpoint
-- The bot drops its cached salon facts when the answers change, as for the catalogue.
CREATE TRIGGER salon_answers_notify
  AFTER INSERT OR UPDATE OR DELETE ON salon_answers
  FOR EACH STATEMENT EXECUTE FUNCTION atrevete_notify_catalogue();
