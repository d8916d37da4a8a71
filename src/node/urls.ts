/** Site URLs that respect the configured base path (for links, canonical URLs, images and the sitemap). */
import { PLACEHOLDER_SITE } from './site-address';

/** The base path with exactly one trailing slash, e.g. "/" or "/graphics/kachin/". */
export function basePath(): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

/** A path inside the site, e.g. sitePath('og/x.png') → "/graphics/kachin/og/x.png". */
export function sitePath(path = ''): string {
  return basePath() + path.replace(/^\//, '');
}

/** An absolute URL inside the site, on the configured SITE_URL. */
export function siteUrl(site: URL | undefined, path = ''): string {
  return new URL(sitePath(path), site ?? PLACEHOLDER_SITE).href;
}
