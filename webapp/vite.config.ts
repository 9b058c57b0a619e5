import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The build lands in Maven's target/classes/storefront/, so the webapp jar carries the storefront on the
// classpath and the gateway serves it from classpath:/storefront/.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'target/classes/storefront',
    emptyOutDir: true,
    assetsDir: 'assets',
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
