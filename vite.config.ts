import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyPlugin } from './scripts/content-security-policy.ts';
import { guidesPlugin } from './scripts/guides-vite-plugin.ts';
import { offlinePlugin } from './scripts/offline-plugin.ts';
import { pageDataPlugin } from './scripts/page-data-plugin.ts';

export default defineConfig(() => ({
  plugins: [react(), tailwindcss(), guidesPlugin(), pageDataPlugin(), contentSecurityPolicyPlugin(), offlinePlugin()],
  build: {
    target: 'es2022',
    // No source maps in production: they would double what a user downloads for nothing.
    sourcemap: false,
    rolldownOptions: {
      // Chunk file names carry no words: a chunk named after a class (`unauthorized-…js`) would tell
      // the host which error a user is reading, and it would look like the paste in a request URL.
      // The catalogue chunk keeps its name: every diagnosis loads it, so it says nothing.
      output: {
        chunkFileNames: (chunk: { name: string }) =>
          chunk.name === 'error-classes' ? 'assets/error-classes-[hash].js' : 'assets/c-[hash].js',
      },
    },
  },
  test: {
    // Playwright owns e2e/*.spec.ts; Vitest runs the unit tests beside the code (src/ and tools/).
    include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.ts'],
    environment: 'node',
    // The tidy suites compile the whole catalogue (every locale's login cards): generous on a busy machine.
    testTimeout: 30_000,
  },
}));
