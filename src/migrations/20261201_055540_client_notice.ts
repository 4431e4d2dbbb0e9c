import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_regulations_rules_inform_clients_within_unit" AS ENUM('workingDays', 'calendarDays', 'weeks', 'months', 'years');
  CREATE TYPE "public"."enum_regulation_notices_informed_how" AS ENUM('handedOver', 'email', 'post', 'conversation');
  CREATE TABLE "regulation_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"client" varchar NOT NULL,
  	"regulation_id" integer NOT NULL,
  	"trajectory_started_on" timestamp(3) with time zone NOT NULL,
  	"informed_on" timestamp(3) with time zone,
  	"informed_how" "enum_regulation_notices_informed_how",
  	"note" varchar,
  	"notice_due_on" timestamp(3) with time zone,
  	"notice_due_explanation_nl" varchar,
  	"notice_due_explanation_en" varchar,
  	"informed_by_id" integer,
  	"recorded_by_id" integer,
  	"anonymised_on" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "regulations" ADD COLUMN "text_en" jsonb;
  ALTER TABLE "regulations" ADD COLUMN "rules_inform_clients_at_start" boolean DEFAULT false;
  ALTER TABLE "regulations" ADD COLUMN "rules_inform_clients_within_amount" numeric;
  ALTER TABLE "regulations" ADD COLUMN "rules_inform_clients_within_unit" "enum_regulations_rules_inform_clients_within_unit" DEFAULT 'workingDays';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "regulation_notices_id" integer;
  ALTER TABLE "regulation_notices" ADD CONSTRAINT "regulation_notices_regulation_id_regulations_id_fk" FOREIGN KEY ("regulation_id") REFERENCES "public"."regulations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regulation_notices" ADD CONSTRAINT "regulation_notices_informed_by_id_users_id_fk" FOREIGN KEY ("informed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regulation_notices" ADD CONSTRAINT "regulation_notices_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "regulation_notices_regulation_idx" ON "regulation_notices" USING btree ("regulation_id");
  CREATE INDEX "regulation_notices_trajectory_started_on_idx" ON "regulation_notices" USING btree ("trajectory_started_on");
  CREATE INDEX "regulation_notices_informed_on_idx" ON "regulation_notices" USING btree ("informed_on");
  CREATE INDEX "regulation_notices_notice_due_on_idx" ON "regulation_notices" USING btree ("notice_due_on");
  CREATE INDEX "regulation_notices_informed_by_idx" ON "regulation_notices" USING btree ("informed_by_id");
  CREATE INDEX "regulation_notices_recorded_by_idx" ON "regulation_notices" USING btree ("recorded_by_id");
  CREATE INDEX "regulation_notices_updated_at_idx" ON "regulation_notices" USING btree ("updated_at");
  CREATE INDEX "regulation_notices_created_at_idx" ON "regulation_notices" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regulation_notices_fk" FOREIGN KEY ("regulation_notices_id") REFERENCES "public"."regulation_notices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_regulation_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("regulation_notices_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "regulation_notices" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "regulation_notices" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_regulation_notices_fk";
  
  DROP INDEX "payload_locked_documents_rels_regulation_notices_id_idx";
  ALTER TABLE "regulations" DROP COLUMN "text_en";
  ALTER TABLE "regulations" DROP COLUMN "rules_inform_clients_at_start";
  ALTER TABLE "regulations" DROP COLUMN "rules_inform_clients_within_amount";
  ALTER TABLE "regulations" DROP COLUMN "rules_inform_clients_within_unit";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "regulation_notices_id";
  DROP TYPE "public"."enum_regulations_rules_inform_clients_within_unit";
  DROP TYPE "public"."enum_regulation_notices_informed_how";`)
}
