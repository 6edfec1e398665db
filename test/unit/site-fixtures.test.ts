import { afterEach, describe, expect, it } from 'vitest';
import { PAGES } from '../site/pages.mjs';
import { loadPage } from './fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the test site', () => {
  it('serves each page at a Seller Central URL, look-alikes excepted', () => {
    for (const page of PAGES) {
      const host = new URL(page.url).hostname;
      const real =
        /^sellercentral(-europe|-japan)?\.amazon\.(com|ca|com\.mx|com\.br|ie|es|co\.uk|fr|com\.be|nl|de|it|se|co\.za|pl|eg|com\.tr|sa|ae|in|sg|com\.au|co\.jp)$/.test(
          host,
        );
      expect(real, page.name).toBe(!page.lookalike);
    }
  });

  it('loads every page into the DOM with its scripts', () => {
    for (const page of PAGES) {
      loadPage(page.name);
      expect(document.body.textContent?.length, page.name).toBeGreaterThan(20);
      expect(location.href.startsWith(page.url), page.name).toBe(true);
    }
  }, 60_000); // every page, the 5,000-row ones included: slow on a busy machine
});
