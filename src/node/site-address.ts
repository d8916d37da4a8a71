/** The public address of a build, from SITE_URL and BASE_PATH, with the mistakes a deployer can make caught early. */
import type { AstroIntegration } from 'astro';

/** The site written into canonical, sharing and sitemap URLs when SITE_URL is not set (fine for previews only). */
export const PLACEHOLDER_SITE = 'https://example.org';

/** A deploy setting the build cannot use; the message names the variable and the fix. */
export class SiteAddressError extends Error {}

/** "graphics/kachin" and "/graphics/kachin" both mean "/graphics/kachin/". */
export function normaliseBase(path: string): string {
  const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** `site` and `base` for astro.config.mjs from the environment; throws SiteAddressError on an unusable value. */
export function siteAddressFromEnv(env: Record<string, string | undefined>): {
  site: string;
  base: string;
  placeholder: boolean;
} {
  const raw = env.SITE_URL?.trim();
  let site = PLACEHOLDER_SITE;
  if (raw) {
    if (!/^https?:\/\//i.test(raw)) {
      throw new SiteAddressError(
        `SITE_URL="${raw}" has no scheme: write the full address, e.g. SITE_URL=https://${raw.replace(/^\/+/, '')}`,
      );
    }
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new SiteAddressError(
        `SITE_URL="${raw}" is not a web address: write it like SITE_URL=https://news.example.org`,
      );
    }
    if (url.pathname !== '/' || url.search || url.hash) {
      throw new SiteAddressError(
        `SITE_URL="${raw}" has a path: give only the origin (SITE_URL=${url.origin}) and the path as BASE_PATH=${normaliseBase(url.pathname)}`,
      );
    }
    site = url.origin;
  }
  const rawBase = env.BASE_PATH ?? '/';
  if (/:\/\//.test(rawBase)) {
    throw new SiteAddressError(
      `BASE_PATH="${rawBase}" is an address, not a path: put the origin in SITE_URL and the path in BASE_PATH, e.g. BASE_PATH=/graphics/kachin/`,
    );
  }
  return { site, base: normaliseBase(rawBase), placeholder: !raw };
}

/** Warns on `astro build` when the site address is the placeholder, since every absolute URL would point there. */
export function siteAddressIntegration(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' || config.site?.replace(/\/$/, '') !== PLACEHOLDER_SITE) return;
        logger.warn(
          `SITE_URL is not set: the canonical, sharing (Open Graph) and sitemap URLs will point to ${PLACEHOLDER_SITE}. ` +
            'For a deploy, build with SITE_URL=https://<your domain> (and BASE_PATH=/<sub-path>/ if the site is not at the root).',
        );
      },
    },
  };
}
