/**
 * Development and tests keep their own data folder and port, so `npm run dev` and `npm test`
 * can run at the same time without touching each other's data. The tests' data is thrown away
 * after the run, so their servers skip writing it safely to disk.
 */
export const databaseProfiles = {
  dev: { folder: '.data/dev', port: 54329, database: 'complaints', throwaway: false },
  test: { folder: '.data/test', port: 54339, database: 'complaints_test', throwaway: true },
  e2e: { folder: '.data/e2e', port: 54359, database: 'complaints_e2e', throwaway: true },
} as const

export type DatabaseProfile = keyof typeof databaseProfiles
