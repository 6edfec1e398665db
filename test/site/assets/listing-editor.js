// The current listing editor: sections switched without a reload (pushState), Katal fields named by
// attribute path. The weight is empty or set per page through data-* attributes on <body>.
(() => {
  const text = document.body.dataset;
  const app = document.getElementById('editor');
  const sections = ['offer', 'product_details', 'images'];

  function field(tag, name, label, value) {
    const el = document.createElement(tag);
    el.setAttribute('name', name);
    el.setAttribute('label', label);
    if (tag === 'kat-dropdown') el.setAttribute('options', 'kilograms,grams,pounds,ounces');
    if (value) el.setAttribute('value', value);
    return el;
  }

  function render() {
    const section = location.pathname.split('/').pop();
    app.innerHTML = '';
    const nav = document.createElement('nav');
    for (const s of sections) {
      const a = document.createElement('a');
      a.href = `/abis/listing/edit/${s}${location.search}`;
      a.textContent = text[`tab${s.replace('_', '')}`] ?? s;
      a.dataset.section = s;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        history.pushState({}, '', a.href);
        setTimeout(render, 150);
      });
      nav.append(a, document.createTextNode(' | '));
    }
    app.append(nav);
    const body = document.createElement('section');
    if (section === 'offer' || section === 'edit') {
      body.append(
        field('kat-input', 'purchasable_offer-0-our_price-0-schedule-0-value_with_tax', text.priceLabel, '19.90'),
      );
    } else if (section === 'product_details') {
      const weightName = text.weightField ?? 'item_package_weight-0-value';
      body.append(field('kat-input', weightName, text.weightLabel, text.weight ?? ''));
      body.append(field('kat-dropdown', weightName.replace('-value', '-unit'), text.unitLabel, 'kilograms'));
      body.append(field('kat-input', 'item_package_dimensions-0-length-value', text.lengthLabel, '30'));
    } else {
      body.append(document.createTextNode('…'));
    }
    app.append(body);
  }
  window.addEventListener('popstate', render);
  render();
})();
