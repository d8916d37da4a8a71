/**
 * Records Content Security Policy violations in a page: securitypolicyviolation events, and console messages of any
 * level about the Content-Security-Policy or the Permissions-Policy (Chromium logs a header it cannot parse, or a
 * feature it does not know, as a warning, which the usual console-error check would miss).
 */
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** What a page reported about its Content Security Policy. */
export interface CspWatch {
  /** Violations from securitypolicyviolation events and console messages that mention either policy. */
  violations(): Promise<string[]>;
}

/** Starts recording; call before page.goto (the listener is installed in every document the page loads). */
export async function watchCsp(page: Page): Promise<CspWatch> {
  const consoleReports: string[] = [];
  page.on('console', (m) => {
    if (/content.security.policy|permissions.policy/i.test(m.text()))
      consoleReports.push(`console ${m.type()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        window.__cspViolations!.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || e.documentURI}:${e.lineNumber} ${e.sample ? `"${e.sample}"` : ''}`.trim(),
        );
      },
      true,
    );
  });
  return {
    async violations() {
      const events = await page.evaluate(() => window.__cspViolations ?? []).catch(() => [] as string[]);
      return [...events.map((v) => `securitypolicyviolation: ${v}`), ...consoleReports];
    },
  };
}
