// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { validateContentIntegration } from './src/build/validate-integration.ts';

// SITE_URL and BASE_PATH let a deploy set the public address without touching code,
// e.g. SITE_URL=https://news.example.org BASE_PATH=/graphics/kachin/ npm run build
const site = process.env.SITE_URL || 'https://example.org';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  integrations: [validateContentIntegration(), mdx()],
  build: { inlineStylesheets: 'never', assets: '_assets' },
  devToolbar: { enabled: false },
});
