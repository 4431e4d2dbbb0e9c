import { withPayload } from '@payloadcms/next/withPayload'

import { formOrigins, publicUrl } from './src/demo/environment'
import { securityHeaders } from './src/security/headers'

import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Browser tests run their own server beside `npm run dev`, in a build folder of their own.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // The browser tests build after `npm test` has run tsc over the whole project.
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_TYPECHECKED === 'true' },
  headers: async () =>
    securityHeaders({
      publicUrl: publicUrl(),
      formOrigins: formOrigins(),
      development: process.env.NODE_ENV !== 'production',
    }),
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
