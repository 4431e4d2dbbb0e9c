import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "regulations" ADD COLUMN "letterhead_address" varchar;
  ALTER TABLE "regulations" ADD COLUMN "letterhead_place" varchar;
  ALTER TABLE "regulations" ADD COLUMN "letterhead_contact" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "regulations" DROP COLUMN "letterhead_address";
  ALTER TABLE "regulations" DROP COLUMN "letterhead_place";
  ALTER TABLE "regulations" DROP COLUMN "letterhead_contact";`)
}
