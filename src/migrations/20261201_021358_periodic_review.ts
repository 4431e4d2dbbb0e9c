import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_regulations_rules_review_period" AS ENUM('none', 'quarter', 'year');
  CREATE TYPE "public"."enum_complaint_reviews_period" AS ENUM('q1', 'q2', 'q3', 'q4', 'year');
  CREATE TABLE "complaint_reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"regulation_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"period" "enum_complaint_reviews_period" NOT NULL,
  	"reviewed_on" timestamp(3) with time zone NOT NULL,
  	"conclusions" varchar NOT NULL,
  	"measures" varchar,
  	"title" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "complaint_reviews_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "regulations" ADD COLUMN "rules_review_period" "enum_regulations_rules_review_period" DEFAULT 'none' NOT NULL;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "complaint_reviews_id" integer;
  ALTER TABLE "complaint_reviews" ADD CONSTRAINT "complaint_reviews_regulation_id_regulations_id_fk" FOREIGN KEY ("regulation_id") REFERENCES "public"."regulations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_reviews_rels" ADD CONSTRAINT "complaint_reviews_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."complaint_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaint_reviews_rels" ADD CONSTRAINT "complaint_reviews_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "complaint_reviews_regulation_idx" ON "complaint_reviews" USING btree ("regulation_id");
  CREATE INDEX "complaint_reviews_updated_at_idx" ON "complaint_reviews" USING btree ("updated_at");
  CREATE INDEX "complaint_reviews_created_at_idx" ON "complaint_reviews" USING btree ("created_at");
  CREATE INDEX "complaint_reviews_rels_order_idx" ON "complaint_reviews_rels" USING btree ("order");
  CREATE INDEX "complaint_reviews_rels_parent_idx" ON "complaint_reviews_rels" USING btree ("parent_id");
  CREATE INDEX "complaint_reviews_rels_path_idx" ON "complaint_reviews_rels" USING btree ("path");
  CREATE INDEX "complaint_reviews_rels_users_id_idx" ON "complaint_reviews_rels" USING btree ("users_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaint_reviews_fk" FOREIGN KEY ("complaint_reviews_id") REFERENCES "public"."complaint_reviews"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_complaint_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("complaint_reviews_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "complaint_reviews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaint_reviews_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "complaint_reviews" CASCADE;
  DROP TABLE "complaint_reviews_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_complaint_reviews_fk";
  
  DROP INDEX "payload_locked_documents_rels_complaint_reviews_id_idx";
  ALTER TABLE "regulations" DROP COLUMN "rules_review_period";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "complaint_reviews_id";
  DROP TYPE "public"."enum_regulations_rules_review_period";
  DROP TYPE "public"."enum_complaint_reviews_period";`)
}
