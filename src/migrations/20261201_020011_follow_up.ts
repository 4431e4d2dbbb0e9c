import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "regulations" ADD COLUMN "rules_employee_feedback" boolean DEFAULT false;
  ALTER TABLE "regulations" ADD COLUMN "rules_team_discussion" boolean DEFAULT false;
  ALTER TABLE "complaints" ADD COLUMN "employee_feedback_on" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "team_discussed_on" timestamp(3) with time zone;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_employee_feedback_on" timestamp(3) with time zone;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_team_discussed_on" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "regulations" DROP COLUMN "rules_employee_feedback";
  ALTER TABLE "regulations" DROP COLUMN "rules_team_discussion";
  ALTER TABLE "complaints" DROP COLUMN "employee_feedback_on";
  ALTER TABLE "complaints" DROP COLUMN "team_discussed_on";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_employee_feedback_on";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_team_discussed_on";`)
}
