import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "complaints" ADD COLUMN "saved_by_id" integer;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_saved_by_id" integer;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_saved_by_id_users_id_fk" FOREIGN KEY ("saved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_version_saved_by_id_users_id_fk" FOREIGN KEY ("version_saved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "complaints_saved_by_idx" ON "complaints" USING btree ("saved_by_id");
  CREATE INDEX "_complaints_v_version_version_saved_by_idx" ON "_complaints_v" USING btree ("version_saved_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "complaints" DROP CONSTRAINT "complaints_saved_by_id_users_id_fk";
  
  ALTER TABLE "_complaints_v" DROP CONSTRAINT "_complaints_v_version_saved_by_id_users_id_fk";
  
  DROP INDEX "complaints_saved_by_idx";
  DROP INDEX "_complaints_v_version_version_saved_by_idx";
  ALTER TABLE "complaints" DROP COLUMN "saved_by_id";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_saved_by_id";`)
}
