import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The admin app is served by the API server at /admin/ (src/platform/webapp.ts).
// `npm run dev:web` serves it with hot reload and sends /api to a server on :3000.
export default defineConfig({
  root,
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd alone is about 1 MB before compression; the routes and the charts are split off it
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // the site's icon is the server's too (src/platform/favicon.ts)
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/favicon.svg': 'http://127.0.0.1:3000',
      '/favicon.ico': 'http://127.0.0.1:3000',
    },
  },
});
