/** robots.txt: everything may be crawled; points to the sitemap. */
import type { APIRoute } from 'astro';
import { siteUrl } from '../node/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl(site, 'sitemap.xml')}\n`, {
    headers: { 'content-type': 'text/plain' },
  });
