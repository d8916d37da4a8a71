// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { validateContentIntegration } from './src/node/validate-integration.ts';
import { pageWeightIntegration } from './src/node/weight-integration.ts';
import { SiteAddressError, siteAddressFromEnv, siteAddressIntegration } from './src/node/site-address.ts';

// SITE_URL and BASE_PATH let a deploy set the public address without touching code,
// e.g. SITE_URL=https://news.example.org BASE_PATH=/graphics/kachin/ npm run build
// (`npm run build -- --base /graphics/kachin/ --site https://news.example.org` does the same; the flags win).
// A value the build cannot use stops it here with a message naming the variable and the fix.
let address;
try {
  address = siteAddressFromEnv(process.env);
} catch (e) {
  if (!(e instanceof SiteAddressError)) throw e;
  console.error(`\n${e.message}\n`);
  process.exit(1);
}
const { site, base } = address;

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  integrations: [siteAddressIntegration(), validateContentIntegration(), mdx(), pageWeightIntegration()],
  build: { inlineStylesheets: 'never', assets: '_assets' },
  devToolbar: { enabled: false },
  // No code blocks in the stories; Shiki's inline styles would not pass the CSP anyway.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      // Terser with three passes: 1.1 KB (gzip) less script than the default minifier, against the 30 KB budget.
      minify: 'terser',
      terserOptions: { compress: { passes: 3, pure_getters: true }, mangle: { toplevel: true } },
      rolldownOptions: {
        // Astro 7 marks MDX modules with a directive the bundler warns it may drop; it is harmless for a static build
        // (withastro/astro#18087). Every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  security: {
    // A <meta http-equiv="content-security-policy"> in every built page, with 'self' plus hashes of the scripts and
    // styles Astro emits: the policy that still applies on hosts that cannot send headers (GitHub Pages). Where the
    // host sends public/_headers, both policies apply and the stricter one wins. Keep these directives in step with
    // the Content-Security-Policy in public/_headers. frame-ancestors, report-uri and sandbox are ignored in a
    // <meta> policy (browsers log an error for them), so they live only in _headers. Nothing of this runs in dev.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
      ],
    },
  },
});
