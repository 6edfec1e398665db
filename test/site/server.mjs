// Serves the test site at the real Seller Central URLs. PAGES is the one place a page is registered.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { GENERATED } from './generated.mjs';
import { PAGES } from './pages.mjs';

const SITE_DIR = import.meta.dirname;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** @param {URL} url */
export function pageFor(url) {
  return PAGES.find((p) => {
    const u = new URL(p.url);
    return u.host === url.host && u.pathname === url.pathname;
  });
}

/** Shared scripts and styles of the test site (the Katal stand-in, SPA helpers) under /__site/. */
async function asset(url) {
  if (!url.pathname.startsWith('/__site/')) return null;
  const file = normalize(join(SITE_DIR, 'assets', url.pathname.slice('/__site/'.length)));
  if (!file.startsWith(join(SITE_DIR, 'assets'))) return null;
  return { file, body: await readFile(file).catch(() => null) };
}

export async function fulfillSiteRequest(route, url) {
  if (url.protocol !== 'https:') return false;
  const page = pageFor(url);
  if (page) {
    const body = page.generated ? GENERATED[page.generated]() : await readFile(join(SITE_DIR, page.file));
    await route.fulfill({ status: 200, contentType: TYPES['.html'], body });
    return true;
  }
  const found = await asset(url);
  if (found?.body) {
    await route.fulfill({
      status: 200,
      contentType: TYPES[extname(found.file)] ?? 'application/octet-stream',
      body: found.body,
    });
    return true;
  }
  return false;
}
