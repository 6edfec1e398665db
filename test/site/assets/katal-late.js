// A Katal alert whose component library loads late: the element is in the page from the start, but it
// gets its (open) shadow root and renders its header and description only when it is defined, 600 ms
// after this script runs. Nothing in the page's light DOM changes then.
(() => {
  setTimeout(() => {
    if (!customElements.get('kat-alert')) {
      customElements.define(
        'kat-alert',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' });
          }
          connectedCallback() {
            const header = document.createElement('h3');
            header.textContent = this.getAttribute('header') ?? '';
            const lines = (this.getAttribute('description') ?? '').split(' | ').map((line) => {
              const p = document.createElement('p');
              p.textContent = line;
              return p;
            });
            this.shadowRoot.replaceChildren(header, ...lines);
          }
        },
      );
    }
    document.body.dataset.definedAt = String(performance.now());
  }, 600);
})();
