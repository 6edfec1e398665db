// Manage Your Apps as a single-page app: "Authorize new developer" swaps the content without a reload
// (pushState) and renders the form late with Katal components. Texts come from data-* attributes on
// <body>, so each language's page only carries its own strings.
(() => {
  const text = document.body.dataset;
  const app = document.getElementById('app');
  const record = (what) => {
    document.body.dataset[what] = String(Number(document.body.dataset[what] ?? 0) + 1);
  };

  function renderList() {
    app.innerHTML = '';
    const h = document.createElement('h1');
    h.textContent = text.title;
    const button = document.createElement('kat-button');
    button.setAttribute('label', text.authorize);
    button.id = 'authorize-new-developer';
    button.addEventListener('click', () => {
      history.pushState({}, '', '/apps/manage/authorize');
      app.innerHTML = '<p>…</p>';
      setTimeout(renderForm, 400);
    });
    app.append(h, button);
  }

  function renderForm() {
    app.innerHTML = '';
    const h = document.createElement('h1');
    h.textContent = text.authorize;
    const form = document.createElement('div');
    form.setAttribute('role', 'form');
    form.innerHTML = '<kat-input name="developer_name"></kat-input><kat-input name="developer_id"></kat-input>';
    const [name, id] = form.querySelectorAll('kat-input');
    name.setAttribute('label', text.nameLabel);
    id.setAttribute('label', text.idLabel);
    const next = document.createElement('kat-button');
    next.setAttribute('label', text.next);
    next.id = 'katal-next';
    next.addEventListener('click', () => {
      record('nextClicks');
      if (name.value && id.value) renderAgreements();
    });
    app.append(h, form, next);
    performance.mark('form-rendered'); // for the benchmark's fill latency
  }

  function renderAgreements() {
    app.innerHTML = '';
    for (const [name, label] of [
      ['agreeCheckBox', text.agree],
      ['understandCheckBox', text.understand],
    ]) {
      const box = document.createElement('kat-checkbox');
      box.setAttribute('name', name);
      box.setAttribute('label', label);
      app.append(box);
    }
    const finish = document.createElement('kat-button');
    finish.setAttribute('label', text.next);
    finish.id = 'katal-finish';
    finish.addEventListener('click', () => record('finishClicks'));
    app.append(finish);
  }

  window.addEventListener('popstate', renderList);
  if (location.pathname.endsWith('/authorize')) renderForm();
  else renderList();
})();
