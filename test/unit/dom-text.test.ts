// The cheap first look at page text (is anything token-shaped there?) and the shadow-root walk it uses.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deepQueryAll, deepRoots } from '@/lib/dom/deep';
import { UPGRADE_CHECK_MS, UPGRADE_WAIT_MS } from '@/lib/dom/upgrades';
import { quickRoots, quickText, watchAddedNodes } from '@/lib/dom/watch-added';

const TOKEN = 'amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE';

function hostWithShadow(tag: string, html: string): Element {
  const host = document.createElement(tag);
  host.attachShadow({ mode: 'open' }).innerHTML = html;
  return host;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('quickText', () => {
  it('reads the text and form values of a subtree, its own shadow root and nested ones', () => {
    const dialog = hostWithShadow('kat-modal', '<p>Seller ID: A1B2C3D4E5F6G7</p><kat-box></kat-box>');
    const inner = dialog.shadowRoot?.querySelector('kat-box') as Element;
    inner.attachShadow({ mode: 'open' }).innerHTML = `<input value="${TOKEN}">`;
    const text = quickText(dialog);
    expect(text).toContain('A1B2C3D4E5F6G7');
    expect(text).toContain(TOKEN);
  });

  it('reads a text node, and nothing from comments', () => {
    expect(quickText(document.createTextNode(TOKEN))).toBe(TOKEN);
    expect(quickText(document.createComment(TOKEN))).toBe('');
  });

  it('leaves the shadow roots of a huge subtree alone, but still reads its own text and fields', () => {
    const table = document.createElement('table');
    table.innerHTML = `<tr><td><input value="${TOKEN}"></td></tr>${'<tr><td>row</td></tr>'.repeat(1100)}`;
    table.querySelector('td')?.append(hostWithShadow('kat-badge', '<span>SHADOW-ONLY</span>'));
    const text = quickText(table);
    expect(text).toContain(TOKEN);
    expect(text).not.toContain('SHADOW-ONLY');
  });
});

describe('deepRoots', () => {
  it('lists a subtree, then every open shadow root in document order, nested ones after their host', () => {
    const a = hostWithShadow('kat-a', '<kat-b></kat-b><input id="in-a">');
    const b = a.shadowRoot?.querySelector('kat-b') as Element;
    b.attachShadow({ mode: 'open' }).innerHTML = '<input id="in-b">';
    const c = hostWithShadow('kat-c', '<input id="in-c">');
    document.body.append(a, c);
    document.body.insertAdjacentHTML('afterbegin', '<input id="light">');
    const roots = deepRoots(document.body);
    expect(roots).toEqual([document.body, a.shadowRoot, b.shadowRoot, c.shadowRoot]);
    expect(deepQueryAll(roots, 'input').map((i) => i.id)).toEqual(['light', 'in-a', 'in-b', 'in-c']);
    expect(deepQueryAll(document.body, 'input').map((i) => i.id)).toEqual(['light', 'in-a', 'in-b', 'in-c']);
  });
});

describe('watchAddedNodes', () => {
  it('hears text added inside shadow roots that were there at the start and ones that came later', async () => {
    const early = hostWithShadow('kat-card', '<div></div>');
    document.body.append(early);
    const heard = vi.fn();
    const stop = new AbortController();
    watchAddedNodes((texts) => heard(texts.join('|')), stop.signal, quickRoots(document.documentElement));
    early.shadowRoot?.querySelector('div')?.append('EARLY-TEXT');
    await Promise.resolve();
    expect(heard).toHaveBeenLastCalledWith('EARLY-TEXT');

    const late = hostWithShadow('kat-modal', '<section></section>');
    document.body.append(late);
    await Promise.resolve();
    late.shadowRoot?.querySelector('section')?.append('LATE-TEXT');
    await Promise.resolve();
    expect(heard).toHaveBeenLastCalledWith('LATE-TEXT');

    stop.abort();
    early.shadowRoot?.querySelector('div')?.append('AFTER-STOP');
    await Promise.resolve();
    expect(heard).not.toHaveBeenCalledWith('AFTER-STOP');
  });

  describe('in one batch of changes', () => {
    let watching: AbortController;
    beforeEach(() => {
      watching = new AbortController();
    });
    afterEach(() => watching.abort()); // even when a test fails half-way: no watcher outlives its test

    it('reads the rows of a list the page renders as one text, and still walks a dialog added with them', async () => {
      document.body.innerHTML = '<table><tbody></tbody></table>';
      const batches: string[][] = [];
      watchAddedNodes((texts) => batches.push(texts), watching.signal, quickRoots(document.documentElement));
      const body = document.querySelector('tbody') as HTMLTableSectionElement;
      for (let i = 0; i < 500; i++) {
        const row = document.createElement('tr');
        row.innerHTML = `<td><input type="checkbox" value="${TOKEN}"></td><td>SKU-${i}</td><td></td>`;
        row.lastElementChild?.append(hostWithShadow('kat-link', '<span>ROW-SHADOW</span>'));
        body.append(row); // one row at a time, as a page's script renders a grid
      }
      document.body.append(hostWithShadow('kat-modal', `<p>${TOKEN}</p>`));
      await Promise.resolve();
      expect(batches).toHaveLength(1);
      const [texts = []] = batches;
      // The list: one text for its 500 rows, their shadow roots not walked, a checkbox's value not a text.
      const list = texts.filter((text) => text.includes('SKU-'));
      expect(list).toHaveLength(1);
      expect(list[0]).toContain('SKU-0');
      expect(list[0]).toContain('SKU-499');
      expect(list[0]).not.toContain('ROW-SHADOW');
      expect(list[0]).not.toContain(TOKEN);
      // The dialog beside it: walked, its shadow root read.
      expect(texts.filter((text) => text.includes(TOKEN))).toHaveLength(1);
    });

    it('walks each of a few elements added to one parent (a form, a dialog)', async () => {
      const batches: string[][] = [];
      watchAddedNodes((texts) => batches.push(texts), watching.signal, quickRoots(document.documentElement));
      for (let i = 0; i < 3; i++) document.body.append(hostWithShadow('kat-box', `<span>BOX-${i}</span>`));
      await Promise.resolve();
      expect(batches.map((texts) => texts.map((text) => text.trim()))).toEqual([['BOX-0', 'BOX-1', 'BOX-2']]);
    });
  });

  describe('components the page defines late (their shadow roots come without a change the observer sees)', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    // What defining a component does to an element already in the page: a shadow root, filled at once.
    const upgrade = (el: Element, html: string) => {
      (el.attachShadow({ mode: 'open' }) as ShadowRoot).innerHTML = html;
    };
    const start = (heard: (text: string) => void, stop: AbortSignal) =>
      watchAddedNodes((texts) => heard(texts.join('|')), stop, quickRoots(document.documentElement));

    it('reports one that was in the page from the start, once its shadow root is there, and hears it from then on', async () => {
      vi.useFakeTimers();
      document.body.innerHTML = '<kat-alert header="Seller ID"></kat-alert>';
      const heard = vi.fn();
      const stop = new AbortController();
      start(heard, stop.signal);
      const alert = document.querySelector('kat-alert') as Element;
      upgrade(alert, '<p>UPGRADED</p>');
      expect(heard).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(UPGRADE_CHECK_MS);
      expect(heard).toHaveBeenLastCalledWith(expect.stringContaining('UPGRADED'));
      alert.shadowRoot?.append('RENDERED-LATER');
      await Promise.resolve();
      expect(heard).toHaveBeenLastCalledWith('RENDERED-LATER');
      stop.abort();
    });

    it('reports one the page added before defining it', async () => {
      vi.useFakeTimers();
      const heard = vi.fn();
      const stop = new AbortController();
      start(heard, stop.signal);
      const box = document.createElement('kat-box');
      document.body.append(box);
      await Promise.resolve();
      upgrade(box, '<p>IN-THE-BOX</p>');
      await vi.advanceTimersByTimeAsync(UPGRADE_CHECK_MS);
      expect(heard).toHaveBeenLastCalledWith(expect.stringContaining('IN-THE-BOX'));
      stop.abort();
    });

    it('stops looking some time after the last one was noted, and never for its own hosts', async () => {
      vi.useFakeTimers();
      document.body.innerHTML = '<shipbridge-panel></shipbridge-panel>';
      const stop = new AbortController();
      start(vi.fn(), stop.signal);
      expect(vi.getTimerCount()).toBe(0);
      document.body.append(document.createElement('x-never-defined'));
      await Promise.resolve();
      expect(vi.getTimerCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(UPGRADE_WAIT_MS + UPGRADE_CHECK_MS);
      expect(vi.getTimerCount()).toBe(0);
      stop.abort();
    });
  });
});
