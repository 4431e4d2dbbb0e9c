import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "regulations_rules_escalation_bodies" ADD COLUMN "any_moment" boolean DEFAULT false;
  ALTER TABLE "complaints" ADD COLUMN "referred_to" varchar;
  ALTER TABLE "complaints" ADD COLUMN "referred_by_id" integer;
  ALTER TABLE "complaints" ADD COLUMN "arrived_through_body" boolean;
  ALTER TABLE "complaints" ADD COLUMN "body_contacted_on" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "body_advice" varchar;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_referred_to" varchar;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_referred_by_id" integer;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_arrived_through_body" boolean;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_body_contacted_on" timestamp(3) with time zone;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_body_advice" varchar;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_referred_by_id_users_id_fk" FOREIGN KEY ("referred_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_version_referred_by_id_users_id_fk" FOREIGN KEY ("version_referred_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "complaints_referred_by_idx" ON "complaints" USING btree ("referred_by_id");
  CREATE INDEX "complaints_owed_external_officer_contact_idx" ON "complaints" USING btree ("deadlines_external_officer_contact","id","handler_id","subject_employee_id","regulation_id","received_on","reference") WHERE "complaints"."body_contacted_on" is null and "complaints"."withdrawn_on" is null and "complaints"."resolved_on" is null and "complaints"."deadlines_external_officer_contact" is not null;
  CREATE INDEX "_complaints_v_version_version_referred_by_idx" ON "_complaints_v" USING btree ("version_referred_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "complaints" DROP CONSTRAINT "complaints_referred_by_id_users_id_fk";
  
  ALTER TABLE "_complaints_v" DROP CONSTRAINT "_complaints_v_version_referred_by_id_users_id_fk";
  
  DROP INDEX "complaints_referred_by_idx";
  DROP INDEX "complaints_owed_external_officer_contact_idx";
  DROP INDEX "_complaints_v_version_version_referred_by_idx";
  ALTER TABLE "regulations_rules_escalation_bodies" DROP COLUMN "any_moment";
  ALTER TABLE "complaints" DROP COLUMN "referred_to";
  ALTER TABLE "complaints" DROP COLUMN "referred_by_id";
  ALTER TABLE "complaints" DROP COLUMN "arrived_through_body";
  ALTER TABLE "complaints" DROP COLUMN "body_contacted_on";
  ALTER TABLE "complaints" DROP COLUMN "body_advice";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_referred_to";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_referred_by_id";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_arrived_through_body";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_body_contacted_on";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_body_advice";`)
}
