import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "complaints_reference_number_idx" ON "complaints" USING btree (split_part("reference", '-', 2),(case when split_part("reference", '-', 3) ~ '^[0-9]{1,9}$' then split_part("reference", '-', 3)::int end));`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "complaints_reference_number_idx";`)
}
