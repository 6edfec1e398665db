// Batched looks at a changing page: one per frame, none for ShipBridge's own UI or for changes a look saw.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeBatched } from '@/lib/dom/observe';
import { wait } from './fixtures';

let stop: AbortController;
afterEach(() => {
  stop?.abort();
  document.body.innerHTML = '';
});

describe('observeBatched', () => {
  it('looks once at the start and once more after a batch of page changes', async () => {
    stop = new AbortController();
    const look = vi.fn();
    observeBatched(document.body, look, stop.signal);
    expect(look).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('div'), document.createElement('p'));
    document.body.hidden = true;
    await wait(150);
    expect(look).toHaveBeenCalledTimes(2);
    document.body.append(document.createElement('shipbridge-note')); // ShipBridge's own UI
    await wait(150);
    expect(look).toHaveBeenCalledTimes(2);
  });

  it('with deferFirstLook, takes its first look in the next frame, and one look for changes made before it', async () => {
    stop = new AbortController();
    const look = vi.fn();
    observeBatched(document.body, look, stop.signal, { deferFirstLook: true });
    expect(look).not.toHaveBeenCalled();
    document.body.append(document.createElement('div')); // a change before that frame: the same look sees it
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(look).toHaveBeenCalledTimes(1);
    await wait(150);
    expect(look).toHaveBeenCalledTimes(1);
  });

  it('looks again when a component the page defines late gets its shadow root', async () => {
    stop = new AbortController();
    document.body.innerHTML = '<kat-input name="developer_name"></kat-input>';
    const look = vi.fn();
    observeBatched(document.documentElement, look, stop.signal);
    await wait(300);
    expect(look).toHaveBeenCalledTimes(1);
    // What defining it does: a shadow root with the real field, and no change in the page's own DOM.
    (document.querySelector('kat-input') as Element).attachShadow({ mode: 'open' }).innerHTML = '<input>';
    await wait(400);
    expect(look).toHaveBeenCalledTimes(2);
  });

  it('on a page of over 2,000 elements, looks for late components only when asked to', async () => {
    const filler = '<span></span>'.repeat(2100);
    for (const lateComponentsOnBigPages of [false, true]) {
      stop = new AbortController();
      document.body.innerHTML = `${filler}<kat-input name="developer_name"></kat-input>`;
      const look = vi.fn();
      observeBatched(document.documentElement, look, stop.signal, { lateComponentsOnBigPages });
      (document.querySelector('kat-input') as Element).attachShadow({ mode: 'open' }).innerHTML = '<input>';
      await wait(400);
      expect(look, `lateComponentsOnBigPages: ${lateComponentsOnBigPages}`).toHaveBeenCalledTimes(
        lateComponentsOnBigPages ? 2 : 1,
      );
      stop.abort();
    }
  });

  it('takes no further look for what the page changed while a look made its choice and read again', async () => {
    stop = new AbortController();
    document.body.innerHTML = '<section hidden></section>';
    const section = document.querySelector('section') as HTMLElement;
    let looks = 0;
    observeBatched(
      document.body,
      (forgetChanges) => {
        looks++;
        if (section.hidden) {
          section.hidden = false; // what a page does when the seller's choice is made for them
          forgetChanges();
        }
      },
      stop.signal,
    );
    await wait(150);
    expect(looks).toBe(1);
    section.hidden = true; // the page hides it again: a change nobody looked at
    await wait(150);
    expect(looks).toBe(2);
  });
});
