import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** What the form's checkbox said, in each language: the scope of a consent given on the form. */
const FORM_NL =
  'Ik geef toestemming om anderen over mijn klacht te benaderen als dat voor het onderzoek nodig is.'
const FORM_EN =
  'I allow others to be contacted about my complaint where the investigation needs it.'

/**
 * The complaint's consent to consult others becomes a record (date, how, what it covers): a ticked
 * box becomes consent given on receipt, for what the form's box says; through the form when the
 * complaint came by the web form, otherwise how is left for staff to fill in. Hearings get a time,
 * place and attendees; letters an addressee; regulations the consent rule.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_complaints_consent_how" AS ENUM('writing', 'email', 'oral', 'form');
  CREATE TYPE "public"."enum__complaints_v_version_consent_how" AS ENUM('writing', 'email', 'oral', 'form');
  CREATE TYPE "public"."enum_letters_addressee_to" AS ENUM('complainant', 'employee', 'other');
  ALTER TYPE "public"."enum_regulations_letter_templates_kind" ADD VALUE 'informationRequest';
  ALTER TYPE "public"."enum_regulations_letter_templates_kind" ADD VALUE 'invitation';
  ALTER TYPE "public"."enum_letters_kind" ADD VALUE 'informationRequest';
  ALTER TYPE "public"."enum_letters_kind" ADD VALUE 'invitation';
  ALTER TABLE "regulations" ADD COLUMN "rules_consent_to_consult_others" boolean DEFAULT false;
  ALTER TABLE "complaints_hearings" ADD COLUMN "time" varchar;
  ALTER TABLE "complaints_hearings" ADD COLUMN "place" varchar;
  ALTER TABLE "complaints_hearings" ADD COLUMN "attendees" varchar;
  ALTER TABLE "complaints" ADD COLUMN "consent_given_on" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "consent_how" "enum_complaints_consent_how";
  ALTER TABLE "complaints" ADD COLUMN "consent_scope" varchar;
  ALTER TABLE "_complaints_v_version_hearings" ADD COLUMN "time" varchar;
  ALTER TABLE "_complaints_v_version_hearings" ADD COLUMN "place" varchar;
  ALTER TABLE "_complaints_v_version_hearings" ADD COLUMN "attendees" varchar;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_consent_given_on" timestamp(3) with time zone;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_consent_how" "enum__complaints_v_version_consent_how";
  ALTER TABLE "_complaints_v" ADD COLUMN "version_consent_scope" varchar;
  ALTER TABLE "letters" ADD COLUMN "addressee_to" "enum_letters_addressee_to" DEFAULT 'complainant';
  ALTER TABLE "letters" ADD COLUMN "addressee_name" varchar;
  ALTER TABLE "letters" ADD COLUMN "addressee_address" varchar;
  UPDATE "complaints" SET
    "consent_given_on" = "received_on",
    "consent_how" = CASE WHEN "channel" = 'webForm' THEN 'form'::"enum_complaints_consent_how" END,
    "consent_scope" = CASE WHEN "complainant_language" = 'en' THEN ${sql.raw(`'${FORM_EN}'`)} ELSE ${sql.raw(`'${FORM_NL}'`)} END
    WHERE "consent_to_contact_others";
  UPDATE "_complaints_v" SET
    "version_consent_given_on" = "version_received_on",
    "version_consent_how" = CASE WHEN "version_channel" = 'webForm' THEN 'form'::"enum__complaints_v_version_consent_how" END,
    "version_consent_scope" = CASE WHEN "version_complainant_language" = 'en' THEN ${sql.raw(`'${FORM_EN}'`)} ELSE ${sql.raw(`'${FORM_NL}'`)} END
    WHERE "version_consent_to_contact_others";
  ALTER TABLE "complaints" DROP COLUMN "consent_to_contact_others";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_consent_to_contact_others";`)
}

/**
 * Back to the checkbox: any recorded consent ticks it. Requests for information and invitations
 * are letters the earlier schema cannot hold: with any of them (or a template for them) present,
 * this step refuses rather than lose them.
 */
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM "letters" WHERE "kind" IN ('informationRequest', 'invitation'))
      OR EXISTS (SELECT 1 FROM "regulations_letter_templates" WHERE "kind" IN ('informationRequest', 'invitation'))
    THEN RAISE EXCEPTION 'requests for information or invitations are stored: remove them before migrating down';
    END IF;
  END $$;
   ALTER TABLE "regulations_letter_templates" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_regulations_letter_templates_kind";
  CREATE TYPE "public"."enum_regulations_letter_templates_kind" AS ENUM('acknowledgement', 'writtenConfirmationRequest', 'committeeComposition', 'nonAdmission', 'extension', 'decision', 'closure', 'appealAcknowledgement', 'appealDecision', 'referral', 'satisfactionSurvey');
  ALTER TABLE "regulations_letter_templates" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_regulations_letter_templates_kind" USING "kind"::"public"."enum_regulations_letter_templates_kind";
  ALTER TABLE "letters" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_letters_kind";
  CREATE TYPE "public"."enum_letters_kind" AS ENUM('acknowledgement', 'writtenConfirmationRequest', 'committeeComposition', 'nonAdmission', 'extension', 'decision', 'closure', 'appealAcknowledgement', 'appealDecision', 'referral', 'satisfactionSurvey');
  ALTER TABLE "letters" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_letters_kind" USING "kind"::"public"."enum_letters_kind";
  ALTER TABLE "complaints" ADD COLUMN "consent_to_contact_others" boolean;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_consent_to_contact_others" boolean;
  UPDATE "complaints" SET "consent_to_contact_others" = "consent_given_on" IS NOT NULL;
  UPDATE "_complaints_v" SET "version_consent_to_contact_others" = "version_consent_given_on" IS NOT NULL;
  ALTER TABLE "regulations" DROP COLUMN "rules_consent_to_consult_others";
  ALTER TABLE "complaints_hearings" DROP COLUMN "time";
  ALTER TABLE "complaints_hearings" DROP COLUMN "place";
  ALTER TABLE "complaints_hearings" DROP COLUMN "attendees";
  ALTER TABLE "complaints" DROP COLUMN "consent_given_on";
  ALTER TABLE "complaints" DROP COLUMN "consent_how";
  ALTER TABLE "complaints" DROP COLUMN "consent_scope";
  ALTER TABLE "_complaints_v_version_hearings" DROP COLUMN "time";
  ALTER TABLE "_complaints_v_version_hearings" DROP COLUMN "place";
  ALTER TABLE "_complaints_v_version_hearings" DROP COLUMN "attendees";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_consent_given_on";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_consent_how";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_consent_scope";
  ALTER TABLE "letters" DROP COLUMN "addressee_to";
  ALTER TABLE "letters" DROP COLUMN "addressee_name";
  ALTER TABLE "letters" DROP COLUMN "addressee_address";
  DROP TYPE "public"."enum_complaints_consent_how";
  DROP TYPE "public"."enum__complaints_v_version_consent_how";
  DROP TYPE "public"."enum_letters_addressee_to";`)
}
