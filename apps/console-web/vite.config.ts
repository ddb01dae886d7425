/// <reference types="vitest/config" />
// The console's web app: built into dist/ (served by apps/console), or served with hot reload by `npm run dev:console`.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on its own port (CONSOLE_PORT); the dev server forwards to it.
const api = `http://127.0.0.1:${process.env['CONSOLE_PORT'] ?? 8002}`;

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@atrevete/source'] },
  server: {
    port: 5173,
    proxy: { '/api': api, '/queues': api, '/health': api },
  },
  // build/, not dist/: Nx copies it into the console's bundle (apps/console assets), and Nx's asset copy
  // skips what the root .gitignore lists (dist); .gitignore here keeps build/ out of git.
  build: { outDir: 'build', emptyOutDir: true, sourcemap: false },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test-setup.ts'],
    include: ['src/**/*.spec.{ts,tsx}'],
  },
});
