// What a seller with low vision meets in ShipBridge's UI, measured as WCAG 2.2 does: text 4.5:1 against what
// is behind it (3:1 when large); a form field's edge, an outline ShipBridge draws on the page and the focus
// ring 3:1 against what surrounds them (1.4.11). The colours are the browser's computed ones, so light and
// dark mode are each measured as drawn. ShipBridge's page UI sits in closed shadow roots: those are measured
// through the DevTools protocol, which reaches them.
import { inShadowRoots } from './page-ui.mjs';

/**
 * Runs in the page, with `root` the document or a shadow root. `page`: every shortfall in `root`, described
 * (text of disabled controls is exempt, WCAG 1.4.3), with the outlines of elements matching `outlined`, and
 * the page's background. `focus`: the ring of `root`'s focused element, or null when nothing is focused.
 */
function measure({ mode, root = document, outlined = '', text: withText = true }) {
  const rgba = (css) => {
    const m = css.match(/rgba?\(([^)]+)\)/);
    if (!m) throw new Error(`Unreadable colour ${css}`);
    const [r, g, b, a = 1] = m[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [r, g, b, a];
  };
  const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
  const luminance = ([r, g, b]) => {
    const lin = (c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const css = (c) => `rgb(${c.slice(0, 3).map(Math.round).join(' ')})`;
  // The canvas under everything, in the page's own colour scheme: asked only when no background covers it
  // (adding an element restyles the page: slow on a 5,000-row one).
  let canvas;
  const canvasColour = () => {
    if (!canvas) {
      const probe = document.createElement('div');
      probe.style.backgroundColor = 'Canvas';
      document.body.append(probe);
      canvas = rgba(getComputedStyle(probe).backgroundColor);
      probe.remove();
    }
    return canvas;
  };
  /** The element drawn around `e`: its parent, or the host of the shadow root it heads. */
  const up = (e) => e.parentElement ?? e.parentNode?.host ?? null;
  /** The colour behind `el`'s content: every background from the canvas up to it, laid over each other. */
  const backdrop = (el) => {
    const layers = [];
    for (let e = el; e; e = up(e)) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
    }
    const base = layers.some((c) => c[3] === 1) ? [0, 0, 0, 1] : canvasColour();
    return layers.reverse().reduce((under, top) => over(top, under), base);
  };
  const opacity = (el) => {
    let o = 1;
    for (let e = el; e; e = up(e)) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const rect = (el) => el.getBoundingClientRect();
  const shown = (el) => {
    const r = rect(el);
    return r.width > 1 && r.height > 1 && el.checkVisibility({ visibilityProperty: true });
  };
  const name = (el, text) =>
    `${el.localName}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''} "${text.slice(0, 40)}"`;
  /** An outline (or a field's edge) against what is around the element: 3:1 or more. */
  const edge = (el, colour) => {
    const around = backdrop(up(el));
    return { ratio: ratio(over(rgba(colour), around), around), around: css(around) };
  };

  if (mode === 'focus') {
    const el = root.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const r = rect(el);
    return {
      label: name(el, el.id || el.name || el.getAttribute('aria-label') || el.textContent.trim()),
      key: `${el.outerHTML.slice(0, 200)} ${r.top} ${r.left}`,
      // A shadow host is focused when the focus is inside its root: that root says what the ring is.
      tag: el.localName,
      ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
      ratio: edge(el, style.outlineColor).ratio,
    };
  }
  const FIELDS = 'input[type=text], input[type=url], input[type=number], input[type=password], select, textarea';
  const problems = [];
  const scope = root === document ? document.body : root;
  // Without the text, only the outlined elements are looked at (a 5,000-row page has 60,000 others).
  for (const el of scope.querySelectorAll(withText ? '*' : outlined || ':not(*)')) {
    if (!shown(el) || el.closest('[disabled], [aria-disabled="true"]')) continue;
    const own = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.nodeValue)
      .join('')
      .trim();
    const text = el.matches(FIELDS) ? (el.value ?? '').trim() || ' ' : own;
    if (text && withText) {
      const style = getComputedStyle(el);
      const behind = backdrop(el);
      const ink = rgba(style.color);
      ink[3] *= opacity(el);
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const r = ratio(over(ink, behind), behind);
      if (r < (large ? 3 : 4.5)) {
        problems.push(`text ${name(el, text)}: ${r.toFixed(2)}:1, ${css(over(ink, behind))} on ${css(behind)}`);
      }
    }
    if (withText && el.matches(FIELDS)) {
      const { ratio: r, around } = edge(el, getComputedStyle(el).borderTopColor);
      if (r < 3) problems.push(`field edge ${name(el, el.id || el.name || '')}: ${r.toFixed(2)}:1 on ${around}`);
    }
    if (outlined && el.matches(outlined)) {
      const { ratio: r, around } = edge(el, getComputedStyle(el).outlineColor);
      if (r < 3) problems.push(`outline of ${name(el, own)}: ${r.toFixed(2)}:1 on ${around}`);
    }
  }
  // What Tab stops at: a group of radio buttons is one stop.
  const controls = new Set(
    [...scope.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => shown(el) && !el.disabled)
      .map((el) => (el.type === 'radio' && el.name ? `radio ${el.name}` : el)),
  ).size;
  const background = backdrop(document.body);
  return { problems, controls, background: css(background), backgroundLuminance: luminance(background) };
}

/** `measure` inside the shadow root of every `tag` host on `page`. */
const measureInside = (page, tag, options) =>
  inShadowRoots(page, tag, `function (options) { return (${measure})({ ...options, root: this }); }`, options);

/**
 * Text and field edges below WCAG's minimum contrast on `page` (`text: false`: not the page's own, as on
 * Seller Central), inside the shadow roots of `hosts` (tag names), and outlines of the page's elements
 * matching `outlined`; with the page's own background, and how many controls the page (`controls`) and the
 * hosts (`hostControls`) show.
 */
export async function contrastProblems(page, { hosts = [], outlined = '', text = true } = {}) {
  const found = await page.evaluate(measure, { mode: 'page', outlined, text });
  found.hostControls = 0;
  for (const tag of hosts) {
    for (const { problems, controls } of await measureInside(page, tag, { mode: 'page' })) {
      found.problems.push(...problems.map((p) => `${tag}: ${p}`));
      found.hostControls += controls;
    }
  }
  return found;
}

/**
 * Presses Tab up to `stops` times from the top of `page` and measures each focused control's ring against
 * what surrounds it (WCAG 1.4.11: 3:1); a control without a ring counts too. Focus inside a `hosts` shadow
 * root is measured there; `onlyHosts`: only that focus counts (the page's own controls are not ShipBridge's),
 * and the walk ends at the first of the page's controls after ShipBridge's.
 * `backwards`: Shift+Tab from the bottom (ShipBridge's panel comes last on the page).
 * `stops` in the answer: the controls measured.
 */
export async function focusRingProblems(page, { stops = 25, hosts = [], onlyHosts = false, backwards = false } = {}) {
  // Tab starts where the focus last was: from a stand-in at the top (or the very bottom), it starts there.
  await page.evaluate((backwards) => {
    const start = document.createElement('span');
    start.id = 'contrast-start';
    start.tabIndex = -1;
    if (backwards) document.documentElement.append(start);
    else document.body.prepend(start);
    start.focus();
  }, backwards);
  const problems = [];
  const seen = new Set();
  let measured = 0;
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    let focused = await page.evaluate(measure, { mode: 'focus' });
    const host = focused && hosts.includes(focused.tag) ? focused.tag : null;
    if (host) focused = (await measureInside(page, host, { mode: 'focus' })).find(Boolean) ?? focused;
    if (!focused || seen.has(focused.key)) break; // left the page, or came round again
    seen.add(focused.key);
    if (onlyHosts && !host) {
      if (measured > 0) break; // past ShipBridge's panel, into the page's own controls
      continue;
    }
    measured += 1;
    if (!focused.ring) problems.push(`focus ring of ${focused.label}: none`);
    else if (focused.ratio < 3) problems.push(`focus ring of ${focused.label}: ${focused.ratio.toFixed(2)}:1`);
  }
  await page.evaluate(() => document.getElementById('contrast-start')?.remove());
  return { problems, stops: measured };
}
