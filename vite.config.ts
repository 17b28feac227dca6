import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineEntryCss } from './scripts/vite-inline-entry-css';

// The renderer is a plain web app: Electron loads the built files from disk,
// browser mode (`npm run web`) serves the very same build over localhost.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), inlineEntryCss()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
      },
    },
  },
  server: { host: '127.0.0.1', strictPort: false },
});
