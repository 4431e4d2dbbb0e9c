import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "regulations_rules_commissioning_parties" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"name" varchar NOT NULL
  );
  
  ALTER TABLE "regulations" ADD COLUMN "rules_commissioning_party_insight" boolean DEFAULT false;
  ALTER TABLE "complaints" ADD COLUMN "commissioning_party" varchar;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_commissioning_party" varchar;
  ALTER TABLE "regulations_rules_commissioning_parties" ADD CONSTRAINT "regulations_rules_commissioning_parties_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "regulations_rules_commissioning_parties_order_idx" ON "regulations_rules_commissioning_parties" USING btree ("_order");
  CREATE INDEX "regulations_rules_commissioning_parties_parent_id_idx" ON "regulations_rules_commissioning_parties" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "regulations_rules_commissioning_parties" CASCADE;
  ALTER TABLE "regulations" DROP COLUMN "rules_commissioning_party_insight";
  ALTER TABLE "complaints" DROP COLUMN "commissioning_party";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_commissioning_party";`)
}
