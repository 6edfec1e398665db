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

export const GENERATED = {
  'inventory-5000-en': () => inventoryPage(5000),
  'inventory-5000-scripted-en': () => scriptedInventoryPage(5000),
};
