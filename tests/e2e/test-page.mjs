// Test pages that exist only in the browser: Playwright routing serves the
// HTML at BASE + path (no file on disk), with the one script tag.
import { BASE, routeNeutralExit } from './harness.mjs';

/** An element's static fallback: a message and the crisis numbers. */
export const FALLBACK = '<p class="kc-fallback">Could not start. Call 911. Call or text 988. SAMHSA 1-800-662-4357.</p>';

/** A `route` option for `withPage`: serves `body` (and `head`) at BASE + `path`. */
export function servePage(path, body, head = '') {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title>
<link rel="icon" href="/www/favicon.svg">${head}</head><body><main><h1>test</h1>
${body}
</main><script src="/dist/kratom-check.js" defer></script></body></html>`;
  return (page) => page.route(`${BASE}${path}`,
    (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

/** Routes quick-exit destinations to a stub page, so nothing leaves the machine. */
export async function routeExits(page, urls = ['https://www.google.com/**']) {
  for (const url of urls) {
    await routeNeutralExit(page, url);
  }
}
