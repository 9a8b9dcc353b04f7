import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyPlugin } from './scripts/content-security-policy.ts';
import { guidesPlugin } from './scripts/guides-vite-plugin.ts';
import { offlinePlugin } from './scripts/offline-plugin.ts';

// Code that loads only on demand: the guides pages, the share/feedback panels, json5. Everything
// else the doctor page needs is one chunk (many small shared chunks would each pay gzip overhead).
const onDemand =
  /\/(?:content\/guides|core\/search|core\/report|core\/share-link)\/|\/routes\/(?:guides?-|fix-route)|table-of-contents|share-diagnosis|fix-feedback|share-compression|use-hydrated|node_modules\/json5\//;

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), tailwindcss(), guidesPlugin(), contentSecurityPolicyPlugin(), offlinePlugin()],
  build: {
    target: 'es2022',
    // No source maps in production: they would double what a user downloads for nothing.
    sourcemap: false,
    rolldownOptions: isSsrBuild
      ? {}
      : {
          output: {
            codeSplitting: {
              groups: [{ name: 'app', test: (id: string) => !onDemand.test(id) && !id.endsWith('.md?guide') }],
            },
          },
        },
  },
  test: {
    // Playwright owns e2e/*.spec.ts; Vitest runs only the unit tests beside the code.
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
}));
