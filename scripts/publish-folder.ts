/**
 * `npm run publish-folder`: after `BASE_PATH=/graphics/kachin/ npm run build`, writes `publish/` with the site at
 * `publish/graphics/kachin/` and `publish/_headers` at its root, ready for Netlify or Cloudflare Pages.
 * Usage: npm run publish-folder [-- <dist> <publish>]; the sub-path comes from BASE_PATH.
 */
import { resolve } from 'node:path';
import { publishFolder } from './lib/publish-folder';

const [dist = 'dist', publish = 'publish'] = process.argv.slice(2);
const base = process.env.BASE_PATH || '/';
publishFolder(resolve(dist), resolve(publish), base);
console.log(
  `${publish}/ holds ${dist}/ under ${base.replace(/^\/*/, '/').replace(/\/*$/, '/')}, with _headers at its root`,
);
