// Fills Sendcloud's Amazon connect form by its field labels. It is injected into the seller's Sendcloud
// tab with scripting.executeScript, which sends the function's source alone: everything it needs must be
// inside it (no imports, no outer variables). Best effort, several languages; it never submits.

export interface ConnectFormValues {
  shopName: string;
  sellerId: string;
  /** What the marketplace choice may be called: country names in several languages, code, marketplace ID. */
  marketplaceNames: string[];
  token: string | null;
}

export interface ConnectFormResult {
  filled: string[];
  missing: string[];
}

export function fillSendcloudConnectForm(values: ConnectFormValues): ConnectFormResult {
  // The popup checked the tab's address before injecting, but the tab may have moved on since: the values
  // (a token among them) go into Sendcloud's panel only.
  if (location.origin !== 'https://app.sendcloud.com') {
    return { filled: [], missing: ['shopName', 'sellerId', 'marketplace', 'token'] };
  }
  const LABELS: Record<string, RegExp> = {
    shopName:
      /^(shop ?name|name|naam|winkelnaam|shopname|name des shops|nom|nom de la boutique|nombre|nombre de la tienda|nome|nome del negozio)$/,
    sellerId:
      /(seller|merchant|verkopers|verkäufer|händler|vendeur|vendedor|venditore).{0,4}id|id.{0,6}(seller|vendeur|vendedor|venditore)/,
    marketplace: /marketplace|marktplatz|marktplaats|mercado|country|land|pays|país|paese/,
    token: /token/,
  };
  const clean = (text: string | null | undefined) =>
    (text ?? '').replace(/[*:]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  const labelOf = (field: HTMLElement): string => {
    const id = field.getAttribute('id');
    const byFor = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent : null;
    const aria = field.getAttribute('aria-label');
    const labelledBy = field
      .getAttribute('aria-labelledby')
      ?.split(/\s+/)
      .map((ref) => document.getElementById(ref)?.textContent ?? '')
      .join(' ');
    return clean(
      byFor ?? aria ?? labelledBy ?? field.closest('label')?.textContent ?? field.getAttribute('placeholder'),
    );
  };
  const setValue = (field: HTMLInputElement | HTMLSelectElement, value: string) => {
    const proto = field instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };
  const fields = [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].filter(
    (f) => !(f instanceof HTMLInputElement) || ['text', 'password', ''].includes(f.type),
  );
  const find = (key: string, select = false) =>
    fields.find((f) => f instanceof HTMLSelectElement === select && LABELS[key]?.test(labelOf(f)));

  const result: ConnectFormResult = { filled: [], missing: [] };
  const fill = (key: string, value: string | null) => {
    const field = find(key);
    if (!field || !value) return result.missing.push(key);
    if (field.value && field.value !== value) return result.missing.push(key); // the seller's own entry stays
    setValue(field, value);
    result.filled.push(key);
  };
  fill('shopName', values.shopName);
  fill('sellerId', values.sellerId);
  const select = find('marketplace', true) as HTMLSelectElement | undefined;
  const wanted = values.marketplaceNames.map(clean);
  const option =
    select && [...select.options].find((o) => wanted.includes(clean(o.textContent)) || wanted.includes(clean(o.value)));
  if (select && option) {
    setValue(select, option.value);
    result.filled.push('marketplace');
  } else result.missing.push('marketplace');
  fill('token', values.token);
  return result;
}
