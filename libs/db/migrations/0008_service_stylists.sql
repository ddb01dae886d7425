CREATE TABLE "service_stylists" (
	"service_id" integer NOT NULL,
	"stylist_id" integer NOT NULL,
	CONSTRAINT "service_stylists_service_id_stylist_id_pk" PRIMARY KEY("service_id","stylist_id")
);
--> statement-breakpoint
ALTER TABLE "service_stylists" ADD CONSTRAINT "service_stylists_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_stylists" ADD CONSTRAINT "service_stylists_stylist_id_stylists_id_fk" FOREIGN KEY ("stylist_id") REFERENCES "public"."stylists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE TRIGGER service_stylists_notify
  AFTER INSERT OR UPDATE OR DELETE ON service_stylists
  FOR EACH STATEMENT EXECUTE FUNCTION atrevete_notify_blocks();
