import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs separately on port 4000; in production the server serves dist/ and /graphql itself.
const apiOrigin = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiOrigin, ws: true, changeOrigin: false },
      '/healthz': { target: apiOrigin },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // Libraries change less often than the application, so browsers keep them cached across releases.
        manualChunks: {
          react: ['react', 'react-dom', 'react-router-dom'],
          antd: ['antd', '@ant-design/icons', 'dayjs'],
          apollo: ['@apollo/client', 'graphql', 'graphql-ws'],
        },
      },
    },
  },
});
