import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_regulations_rules_client_details" AS ENUM('number', 'dateOfBirth');
  ALTER TYPE "public"."enum_regulations_rules_complainant_roles" ADD VALUE 'representative' BEFORE 'survivingRelative';
  ALTER TYPE "public"."enum_complaints_complainant_role" ADD VALUE 'representative' BEFORE 'survivingRelative';
  ALTER TYPE "public"."enum__complaints_v_version_complainant_role" ADD VALUE 'representative' BEFORE 'survivingRelative';
  CREATE TABLE "regulations_rules_client_details" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_regulations_rules_client_details",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "complaints" ADD COLUMN "client_name" varchar;
  ALTER TABLE "complaints" ADD COLUMN "client_number" varchar;
  ALTER TABLE "complaints" ADD COLUMN "client_date_of_birth" timestamp(3) with time zone;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_client_name" varchar;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_client_number" varchar;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_client_date_of_birth" timestamp(3) with time zone;
  ALTER TABLE "regulations_rules_client_details" ADD CONSTRAINT "regulations_rules_client_details_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "regulations_rules_client_details_order_idx" ON "regulations_rules_client_details" USING btree ("order");
  CREATE INDEX "regulations_rules_client_details_parent_idx" ON "regulations_rules_client_details" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "regulations_rules_client_details" CASCADE;
  ALTER TABLE "regulations_rules_complainant_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_regulations_rules_complainant_roles";
  CREATE TYPE "public"."enum_regulations_rules_complainant_roles" AS ENUM('client', 'legalRepresentative', 'survivingRelative', 'legalEntity', 'commissioningParty', 'other');
  ALTER TABLE "regulations_rules_complainant_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_regulations_rules_complainant_roles" USING "value"::"public"."enum_regulations_rules_complainant_roles";
  ALTER TABLE "complaints" ALTER COLUMN "complainant_role" SET DATA TYPE text;
  ALTER TABLE "complaints" ALTER COLUMN "complainant_role" SET DEFAULT 'client'::text;
  DROP TYPE "public"."enum_complaints_complainant_role";
  CREATE TYPE "public"."enum_complaints_complainant_role" AS ENUM('client', 'legalRepresentative', 'survivingRelative', 'legalEntity', 'commissioningParty', 'other');
  ALTER TABLE "complaints" ALTER COLUMN "complainant_role" SET DEFAULT 'client'::"public"."enum_complaints_complainant_role";
  ALTER TABLE "complaints" ALTER COLUMN "complainant_role" SET DATA TYPE "public"."enum_complaints_complainant_role" USING "complainant_role"::"public"."enum_complaints_complainant_role";
  ALTER TABLE "_complaints_v" ALTER COLUMN "version_complainant_role" SET DATA TYPE text;
  ALTER TABLE "_complaints_v" ALTER COLUMN "version_complainant_role" SET DEFAULT 'client'::text;
  DROP TYPE "public"."enum__complaints_v_version_complainant_role";
  CREATE TYPE "public"."enum__complaints_v_version_complainant_role" AS ENUM('client', 'legalRepresentative', 'survivingRelative', 'legalEntity', 'commissioningParty', 'other');
  ALTER TABLE "_complaints_v" ALTER COLUMN "version_complainant_role" SET DEFAULT 'client'::"public"."enum__complaints_v_version_complainant_role";
  ALTER TABLE "_complaints_v" ALTER COLUMN "version_complainant_role" SET DATA TYPE "public"."enum__complaints_v_version_complainant_role" USING "version_complainant_role"::"public"."enum__complaints_v_version_complainant_role";
  ALTER TABLE "complaints" DROP COLUMN "client_name";
  ALTER TABLE "complaints" DROP COLUMN "client_number";
  ALTER TABLE "complaints" DROP COLUMN "client_date_of_birth";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_client_name";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_client_number";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_client_date_of_birth";
  DROP TYPE "public"."enum_regulations_rules_client_details";`)
}
