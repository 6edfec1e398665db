// Pages too large to keep as files: generated the same way on every run.

/** Manage Inventory with `count` rows; SKUs are SKU-00000, SKU-00001, … */
export function inventoryPage(count = 5000) {
  const rows = [];
  for (let i = 0; i < count; i++) {
    const sku = `SKU-${String(i).padStart(5, '0')}`;
    rows.push(
      `<tr data-row="${i}"><td><input type="checkbox" aria-label="Select ${sku}"></td><td class="sku">${sku}</td>` +
        `<td>B0${100000 + i}XY</td><td>Product number ${i}</td><td>${(i % 50) + 1}</td><td>${(9.99 + (i % 7)).toFixed(2)}</td>` +
        '<td><a href="#">Edit</a></td></tr>',
    );
  }
  return `<!doctype html>
<html lang="en-US">
<head>
  <meta charset="utf-8" />
  <title>Manage Inventory</title>
  <link rel="stylesheet" href="/__site/site.css" />
</head>
<body>
  <header class="sc-nav">Seller Central · Inventory · Manage Inventory</header>
  <main>
    <h1>Manage Inventory</h1>
    <table id="inventory">
      <thead><tr><th></th><th>SKU</th><th>ASIN</th><th>Product Name</th><th>Available</th><th>Price</th><th></th></tr></thead>
      <tbody>
${rows.join('\n')}
      </tbody>
    </table>
  </main>
</body>
</html>
`;
}

/**
 * The same rows drawn by the page's own script once it has loaded, one at a time into the live table (one
 * batch of changes for an observer), as Seller Central's grid is drawn.
 */
export function scriptedInventoryPage(count = 5000) {
  return inventoryPage(0).replace(
    '</main>',
    `</main>
  <script>
    setTimeout(() => {
      const body = document.querySelector('#inventory tbody');
      for (let i = 0; i < ${count}; i++) {
        const sku = 'SKU-' + String(i).padStart(5, '0');
        const row = document.createElement('tr');
        row.dataset.row = String(i);
        row.innerHTML = '<td><input type="checkbox" aria-label="Select ' + sku + '"></td><td class="sku">' + sku +
          '</td><td>B0' + (100000 + i) + 'XY</td><td>Product number ' + i + '</td><td>' + ((i % 50) + 1) +
          '</td><td>' + (9.99 + (i % 7)).toFixed(2) + '</td><td><a href="#">Edit</a></td>';
        body.append(row);
      }
      document.body.dataset.rendered = String(performance.now());
    }, 100);
  </script>`,
  );
}

/** `count` table rows, `cells(i)` giving the cells of row `i`. */
const rows = (count, cells) =>
  Array.from(
    { length: count },
    (_, i) =>
      `<tr>${cells(i)
        .map((c) => `<td>${c}</td>`)
        .join('')}</tr>`,
  ).join('\n');

/**
 * A page of the new Seller Central of over 3,000 elements: a navigation of 600 entries (1,800 elements) around
 * `main`, which adds a table of 300 rows (1,200 more). ShipBridge treats pages of more than 2,000 elements
 * differently (`lib/dom/deep.ts`): these pages check what it must still do there. With `katalDelay`, the
 * Katal library (`katal.js`) defines its components that many ms after the page has loaded.
 */
function bigPage({ title, crumbs, main, katalDelay = 0, script = '' }) {
  const links = Array.from({ length: 600 }, (_, i) => `<li><a href="#menu-${i}"><span>Menu entry ${i}</span></a></li>`);
  return `<!doctype html>
<html lang="en-IE">
<head>
  <meta charset="utf-8" />
  <title>${title}</title>
  <link rel="stylesheet" href="/__site/site.css" />
</head>
<body${katalDelay ? ` data-katal-delay="${katalDelay}"` : ''}>
  <header class="sc-nav">Seller Central · ${crumbs}</header>
  <nav><ul>
${links.join('\n')}
  </ul></nav>
  <main>
${main}
  </main>
  <script src="/__site/katal.js"></script>${script ? `\n  <script>\n${script}\n  </script>` : ''}
</body>
</html>
`;
}

/**
 * The developer console as a big page whose Katal dialog shows the one-time refresh token only inside its
 * shadow root, either while the page is parsed or, with `late`, 300 ms after it loaded (nothing in the light
 * DOM changes then). The page's script assembles the token, as an app that fetched it would: no light-DOM
 * text holds it. The console lists 301 apps and the dialog names none.
 */
export function bigDeveloperConsolePage({ late = false } = {}) {
  const show = `document.querySelector('kat-modal#authorize-dialog').setShadowBody(
      '<p>Seller ID: A5BIGPAGE7KAT2</p>' +
      '<p>Refresh Token: <code>' + ['Atzr', 'IwEBIBigPageKatalToken0123456789abcdefGHIJKLmnopQRSTuvwxYZ-_.~+/=9'].join('|') + '</code></p>' +
      '<p>This token is displayed only once.</p>')`;
  const app = (i) => `amzn1.sp.solution.00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return bigPage({
    title: 'Develop Apps',
    crumbs: 'Apps and Services · Develop Apps',
    main: `    <h1>Develop Apps</h1>
    <table>
      <tr><th>App name</th><th>App ID</th><th>Status</th></tr>
      <tr><td>My shipping bridge</td><td>amzn1.sp.solution.6d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b</td><td>Published</td></tr>
${rows(300, (i) => [`Draft app ${i}`, app(i), 'Draft'])}
    </table>
    <kat-modal id="authorize-dialog" header="Authorize app"></kat-modal>`,
    script: late
      ? `    setTimeout(() => {
      ${show};
      document.body.dataset.shownAt = String(performance.now());
    }, 300);`
      : `    ${show};`,
  });
}

/** Manage Your Apps' authorize-developer form in Katal components, on a big page, its library 600 ms late. */
export function bigLateKatalAuthorizePage() {
  return bigPage({
    title: 'Manage Your Apps',
    crumbs: 'Apps and Services · Manage Your Apps',
    katalDelay: 600,
    main: `    <h1>Authorize new developer</h1>
    <form id="authorize-developer">
      <kat-input name="developerName" label="Developer's Name"></kat-input>
      <kat-input name="developerId" label="Developer ID"></kat-input>
      <kat-button label="Next"></kat-button>
    </form>
    <table>
      <tr><th>App</th><th>Status</th><th>Expires</th></tr>
${rows(300, (i) => [`Authorized app ${i}`, 'Active', 'Dec 10, 2026'])}
    </table>`,
  });
}

/** The new listing editor, its package weight empty, on a big page, its library 600 ms late. */
export function bigLateKatalEditorPage() {
  return bigPage({
    title: 'Edit product details',
    crumbs: 'Catalogue · Edit product details',
    katalDelay: 600,
    main: `    <h1>Blue Mug</h1>
    <section id="shipping">
      <kat-input name="item_package_weight-0-value" label="Package Weight"></kat-input>
      <kat-dropdown name="item_package_weight-0-unit" label="Unit" value="kilograms"></kat-dropdown>
    </section>
    <table>
${rows(300, (i) => [`Attribute ${i}`, `Value ${i}`, 'Optional'])}
    </table>`,
  });
}

/** The SP-API consent page in Katal components, on a big page, its library 600 ms late. */
export function bigLateKatalConsentPage() {
  return bigPage({
    title: 'Seller Central - Authorize application',
    crumbs: 'Authorize application',
    katalDelay: 600,
    main: `    <h1>Acme Parcel Hub</h1>
    <p>Acme Parcel Hub is requesting access to your selling account.</p>
    <table>
${rows(300, (i) => [`Data area ${i}`, 'Read', 'Orders and shipments'])}
    </table>
    <kat-checkbox id="consent-checkbox" name="consent" label="I direct Amazon to provide Acme Parcel Hub with access to my Amazon seller account data."></kat-checkbox>
    <kat-button id="consent-confirm" label="Confirm"></kat-button>`,
  });
}

export const GENERATED = {
  'inventory-5000-en': () => inventoryPage(5000),
  'inventory-5000-scripted-en': () => scriptedInventoryPage(5000),
  'refresh-token-katal-big-en': () => bigDeveloperConsolePage(),
  'refresh-token-katal-big-late-en': () => bigDeveloperConsolePage({ late: true }),
  'authorize-katal-big-late-en': () => bigLateKatalAuthorizePage(),
  'listing-editor-katal-big-late-en': () => bigLateKatalEditorPage(),
  'consent-katal-big-late-en': () => bigLateKatalConsentPage(),
};
