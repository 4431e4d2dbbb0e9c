import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_regulations_rules_escalation_bodies_applies_to" AS ENUM('everyone', 'uwvClients');
  CREATE TYPE "public"."enum_regulations_rules_report_non_admission_against" AS ENUM('nonAdmissionTerm', 'reportThreshold');
  CREATE TYPE "public"."enum_complaints_hearings_heard" AS ENUM('complainant', 'employee', 'complainantAndEmployee', 'other');
  CREATE TYPE "public"."enum__complaints_v_version_hearings_heard" AS ENUM('complainant', 'employee', 'complainantAndEmployee', 'other');
  ALTER TABLE "regulations_rules_escalation_bodies" ADD COLUMN "applies_to" "enum_regulations_rules_escalation_bodies_applies_to" DEFAULT 'everyone' NOT NULL;
  ALTER TABLE "regulations" ADD COLUMN "effective_from_strict" boolean DEFAULT false;
  ALTER TABLE "regulations" ADD COLUMN "rules_extension_require_new_date" boolean DEFAULT false;
  ALTER TABLE "regulations" ADD COLUMN "rules_extension_require_reason" boolean DEFAULT false;
  ALTER TABLE "regulations" ADD COLUMN "rules_report_non_admission_against" "enum_regulations_rules_report_non_admission_against" DEFAULT 'nonAdmissionTerm' NOT NULL;
  ALTER TABLE "regulations" ADD COLUMN "rules_written_confirmation_requested" boolean DEFAULT false;
  ALTER TABLE "regulations" ADD COLUMN "rules_complainant_consulted" boolean DEFAULT false;
  ALTER TABLE "complaints_hearings" ADD COLUMN "heard" "enum_complaints_hearings_heard";
  ALTER TABLE "complaints" ADD COLUMN "binding_note_nl" varchar;
  ALTER TABLE "complaints" ADD COLUMN "binding_note_en" varchar;
  ALTER TABLE "_complaints_v_version_hearings" ADD COLUMN "heard" "enum__complaints_v_version_hearings_heard";
  ALTER TABLE "_complaints_v" ADD COLUMN "version_binding_note_nl" varchar;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_binding_note_en" varchar;`)
  // Regulations stored before these were settings keep what they meant: the request where only
  // written complaints are official, an agreed extension with both a new date and a reason.
  await db.execute(sql`
   UPDATE "regulations" SET "rules_written_confirmation_requested" = "rules_written_only";
  UPDATE "regulations" SET "rules_extension_require_new_date" = ("rules_extension_kind" = 'agreed'), "rules_extension_require_reason" = ("rules_extension_kind" = 'agreed');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "regulations_rules_escalation_bodies" DROP COLUMN "applies_to";
  ALTER TABLE "regulations" DROP COLUMN "effective_from_strict";
  ALTER TABLE "regulations" DROP COLUMN "rules_extension_require_new_date";
  ALTER TABLE "regulations" DROP COLUMN "rules_extension_require_reason";
  ALTER TABLE "regulations" DROP COLUMN "rules_report_non_admission_against";
  ALTER TABLE "regulations" DROP COLUMN "rules_written_confirmation_requested";
  ALTER TABLE "regulations" DROP COLUMN "rules_complainant_consulted";
  ALTER TABLE "complaints_hearings" DROP COLUMN "heard";
  ALTER TABLE "complaints" DROP COLUMN "binding_note_nl";
  ALTER TABLE "complaints" DROP COLUMN "binding_note_en";
  ALTER TABLE "_complaints_v_version_hearings" DROP COLUMN "heard";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_binding_note_nl";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_binding_note_en";
  DROP TYPE "public"."enum_regulations_rules_escalation_bodies_applies_to";
  DROP TYPE "public"."enum_regulations_rules_report_non_admission_against";
  DROP TYPE "public"."enum_complaints_hearings_heard";
  DROP TYPE "public"."enum__complaints_v_version_hearings_heard";`)
}
