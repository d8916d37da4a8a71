/** sitemap.xml: every story page, with its last update. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { siteUrl } from '../node/urls';

export const GET: APIRoute = async ({ site }) => {
  const stories = await getCollection('stories');
  const urls = stories
    .sort((a, b) => Number(b.data.home) - Number(a.data.home) || a.id.localeCompare(b.id))
    .map(
      (s) =>
        `  <url><loc>${siteUrl(site, s.data.home ? '' : `${s.id}/`)}</loc><lastmod>${s.data.updated ?? s.data.published}</lastmod></url>`,
    );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
