// Which API object the Seller Central page script uses (wxt.config.ts points its `wxt/browser` there).
import { afterEach, describe, expect, it, vi } from 'vitest';

const world = globalThis as { browser?: unknown; chrome?: unknown };
const saved = { browser: world.browser, chrome: world.chrome };
const chrome = { storage: {}, runtime: {} };

async function pick(browser: unknown): Promise<unknown> {
  world.browser = browser;
  world.chrome = chrome;
  vi.resetModules();
  return (await import('@/lib/content/page-browser')).browser;
}

afterEach(() => {
  world.browser = saved.browser;
  world.chrome = saved.chrome;
});

describe('the page script’s extension API', () => {
  it('is `browser` where the browser provides it (Firefox, newer Chrome)', async () => {
    const browser = { storage: {}, runtime: {} };
    expect(await pick(browser)).toBe(browser);
  });

  it('is `chrome` where `browser` is only a page element named "browser", or missing', async () => {
    const element = document.createElement('div');
    element.id = 'browser';
    expect(await pick(element)).toBe(chrome);
    expect(await pick(undefined)).toBe(chrome);
  });

  it('is chosen without touching `runtime`', async () => {
    let touched = 0;
    const browser = {
      storage: {},
      get runtime() {
        touched++;
        return {};
      },
    };
    expect(await pick(browser)).toBe(browser);
    expect(touched).toBe(0);
  });
});
