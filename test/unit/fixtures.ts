// Loads a test-site page into happy-dom the way the browser would: same HTML, its scripts run in order
// (external /__site/ assets read from disk), and location set to the page's real URL.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GENERATED } from '../site/generated.mjs';
import { PAGES } from '../site/pages.mjs';

const SITE = resolve(__dirname, '../site');

export function sitePage(name: string) {
  const page = PAGES.find((p) => p.name === name);
  if (!page) throw new Error(`No test-site page named ${name}`);
  return page;
}

let generation = 0;

/** Timers for page scripts that die with the page: a later page must not receive an earlier page's callbacks. */
function pageTimers(gen: number) {
  const alive = () => gen === generation;
  const timeout = (fn: () => void, ms?: number) => setTimeout(() => alive() && fn(), ms);
  const interval = (fn: () => void, ms?: number) => {
    const id = setInterval(() => (alive() ? fn() : clearInterval(id)), ms);
    return id;
  };
  return [timeout, interval] as const;
}

export function loadPage(name: string, { scripts = true, query = '' } = {}): Document {
  const page = sitePage(name);
  // Stylesheets are left out: happy-dom cannot fetch them and units do not need them.
  const source = page.generated
    ? GENERATED[page.generated as keyof typeof GENERATED]()
    : readFileSync(join(SITE, page.file ?? ''), 'utf8');
  const html = source.replace(/<link rel="stylesheet"[^>]*>/g, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(page.url + query);
  document.documentElement.lang = parsed.documentElement.lang;
  document.documentElement.dir = parsed.documentElement.dir;
  document.title = parsed.title;
  const codes: string[] = [];
  for (const script of parsed.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    codes.push(
      src ? readFileSync(join(SITE, 'assets', src.replace('/__site/', '')), 'utf8') : (script.textContent ?? ''),
    );
    script.remove();
  }
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
  for (const [key, value] of Object.entries(parsed.body.dataset)) document.body.dataset[key] = value ?? '';
  const timers = pageTimers(++generation);
  if (scripts) for (const code of codes) new Function('setTimeout', 'setInterval', code)(...timers);
  return document;
}

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
