/** Jest runs TypeScript through SWC as native ESM (Payload 3 is ESM-only). */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        target: 'es2022',
        transform: { react: { runtime: 'automatic' } },
      },
      module: { type: 'es6' },
    },
  ],
}

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  // The demo loads the plugin by its package name, as a host app does; here from the sources.
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^payload-plugin-complaints$': '<rootDir>/src/index.ts',
    '^payload-plugin-complaints/procedure$': '<rootDir>/src/procedure/index.ts',
    '^payload-plugin-complaints/pages$': '<rootDir>/src/hostedPages/index.ts',
    '^payload-plugin-complaints/proxy$': '<rootDir>/src/database/proxy.ts',
    '^payload-plugin-complaints/client$': '<rootDir>/admin-components/client.ts',
    '^payload-plugin-complaints/rsc$': '<rootDir>/admin-components/rsc.ts',
  },
  transform,
}

export default {
  // An integration test talks to PostgreSQL many times (and hashes passwords): on a busy 2-core
  // machine one that takes 1 s alone can take over 5 s.
  testTimeout: 30_000,
  testSequencer: '<rootDir>/test/sequencer.js',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/test/int/**/*.test.ts'],
      globalSetup: '<rootDir>/test/int/globalSetup.ts',
      globalTeardown: '<rootDir>/test/int/globalTeardown.ts',
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
      setupFilesAfterEnv: ['<rootDir>/test/e2e/waitForApp.ts'],
      globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
    },
  ],
}
