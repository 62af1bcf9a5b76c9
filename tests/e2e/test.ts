/**
 * The window tests' `test`: Playwright's, plus an automatic check that fails any test whose
 * pages asked for anything but the test server, or reported a Content Security Policy
 * violation. Specs import `test` and `expect` from here instead of '@playwright/test'.
 */
import { test as base } from '@playwright/test';

export * from '@playwright/test';

declare global {
  interface Window {
    __reportCspViolation?: (report: string) => Promise<void>;
  }
}

/**
 * Only the test server (the app's stand-in for app://ropa-desk) may be asked for anything.
 * blob: URLs the page made itself (exports, PDF previews) are its own bytes; data: URLs are
 * inline and never leave the page. Anything else — another port on 127.0.0.1 included — fails.
 */
export function isOwnRequest(url: string, origin: string): boolean {
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return url.startsWith(`blob:${origin}/`);
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

export const test = base.extend<{ noForeignRequestsOrCspViolations: undefined }>({
  noForeignRequestsOrCspViolations: [
    async ({ context, baseURL }, use) => {
      if (!baseURL) throw new Error('The e2e tests need a baseURL (playwright.config.ts).');
      const origin = new URL(baseURL).origin;
      const foreign: string[] = [];
      const violations: string[] = [];
      context.on('request', (request) => {
        if (!isOwnRequest(request.url(), origin)) foreign.push(request.url());
      });
      // Chromium reports some violations (in workers, say) only on the console.
      context.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) violations.push(message.text());
      });
      await context.exposeFunction('__reportCspViolation', (report: string) => {
        violations.push(report);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          void window.__reportCspViolation?.(
            `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile}:${event.lineNumber}`,
          );
        });
      });
      await use(undefined);
      base.expect(foreign, 'requests beyond the test server').toEqual([]);
      base.expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
