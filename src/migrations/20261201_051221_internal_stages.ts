import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "regulations_rules_internal_stages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label_nl" varchar,
  	"label_en" varchar
  );
  
  CREATE TABLE "complaints_internal_stages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" varchar NOT NULL,
  	"on" timestamp(3) with time zone,
  	"handled_by" varchar
  );
  
  CREATE TABLE "_complaints_v_version_internal_stages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"stage" varchar NOT NULL,
  	"on" timestamp(3) with time zone,
  	"handled_by" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "regulations_rules_internal_stages" ADD CONSTRAINT "regulations_rules_internal_stages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints_internal_stages" ADD CONSTRAINT "complaints_internal_stages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaints_v_version_internal_stages" ADD CONSTRAINT "_complaints_v_version_internal_stages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_complaints_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "regulations_rules_internal_stages_order_idx" ON "regulations_rules_internal_stages" USING btree ("_order");
  CREATE INDEX "regulations_rules_internal_stages_parent_id_idx" ON "regulations_rules_internal_stages" USING btree ("_parent_id");
  CREATE INDEX "complaints_internal_stages_order_idx" ON "complaints_internal_stages" USING btree ("_order");
  CREATE INDEX "complaints_internal_stages_parent_id_idx" ON "complaints_internal_stages" USING btree ("_parent_id");
  CREATE INDEX "_complaints_v_version_internal_stages_order_idx" ON "_complaints_v_version_internal_stages" USING btree ("_order");
  CREATE INDEX "_complaints_v_version_internal_stages_parent_id_idx" ON "_complaints_v_version_internal_stages" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "regulations_rules_internal_stages" CASCADE;
  DROP TABLE "complaints_internal_stages" CASCADE;
  DROP TABLE "_complaints_v_version_internal_stages" CASCADE;`)
}
