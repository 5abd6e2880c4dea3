/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:8000', changeOrigin: false } },
  },
  preview: { port: 4173, strictPort: true },
  build: {
    outDir: 'dist',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Route pages are lazy chunks (see src/app/routes.tsx); libraries get stable, recognisable names.
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'vendor-ads', test: /node_modules[\\/]@amsterdam[\\/]/ },
            // Only the process page lays out a graph.
            { name: 'vendor-dagre', test: /node_modules[\\/]@dagrejs[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    // Form tests type whole referrals (~4 s alone on 2 cores); the 5 s default flakes under CI load.
    testTimeout: 20_000,
  },
})
