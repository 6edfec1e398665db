// A stand-in for Amazon's Katal web components: custom elements with OPEN shadow roots that hold the
// real <input>, keep their own value state, and re-render from it (as the real ones do).
(() => {
  if (customElements.get('kat-input')) return;

  class KatInput extends HTMLElement {
    static observedAttributes = ['value', 'label', 'readonly'];
    #value = '';
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML =
        '<style>:host{display:block;margin:6px 0}label{display:block;font:13px sans-serif}input{font:14px sans-serif;padding:4px}</style>' +
        '<label part="label"></label><input part="input" />';
      this.input = root.querySelector('input');
      this.labelEl = root.querySelector('label');
      this.input.addEventListener('input', () => {
        this.#value = this.input.value;
      });
    }
    connectedCallback() {
      this.#value = this.getAttribute('value') ?? this.#value;
      this.render();
    }
    attributeChangedCallback(name) {
      if (name === 'value') this.#value = this.getAttribute('value') ?? '';
      this.render();
    }
    get value() {
      return this.#value;
    }
    set value(v) {
      this.#value = String(v);
      this.render();
    }
    render() {
      if (!this.input) return;
      const id = `kat-${this.getAttribute('name') ?? 'field'}`;
      this.input.id = id;
      this.labelEl.htmlFor = id;
      this.labelEl.textContent = this.getAttribute('label') ?? '';
      this.input.name = this.getAttribute('name') ?? '';
      this.input.readOnly = this.hasAttribute('readonly');
      if (this.input.value !== this.#value) this.input.value = this.#value;
    }
  }

  class KatCheckbox extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<label><input type="checkbox" part="checkbox" /> <span></span></label>';
      this.box = root.querySelector('input');
      root.querySelector('span').textContent = this.getAttribute('label') ?? '';
      this.box.name = this.getAttribute('name') ?? '';
      this.box.addEventListener('change', () => this.toggleAttribute('checked', this.box.checked));
    }
    get checked() {
      return this.box.checked;
    }
  }

  class KatButton extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<button part="button" type="button"></button>';
      root.querySelector('button').textContent = this.getAttribute('label') ?? '';
    }
  }

  class KatModal extends HTMLElement {
    static observedAttributes = ['header'];
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML =
        '<style>:host{position:fixed;inset:20% 25%;background:#fff;border:1px solid #999;padding:16px;z-index:10}</style>' +
        '<div role="dialog" aria-modal="true"><h3 part="header"></h3><slot></slot><div part="body"></div></div>';
      root.querySelector('h3').textContent = this.getAttribute('header') ?? '';
    }
    attributeChangedCallback() {
      this.shadowRoot.querySelector('h3').textContent = this.getAttribute('header') ?? '';
    }
    /** Content only visible inside the shadow root, like Katal's own dialogs. */
    setShadowBody(html) {
      this.shadowRoot.querySelector('[part="body"]').innerHTML = html;
    }
  }

  class KatDropdown extends HTMLElement {
    static observedAttributes = ['value'];
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<select part="select"></select>';
      this.select = root.querySelector('select');
      for (const opt of (this.getAttribute('options') ?? '').split(',').filter(Boolean)) {
        const o = document.createElement('option');
        o.value = opt;
        o.textContent = opt;
        this.select.append(o);
      }
      this.select.name = this.getAttribute('name') ?? '';
      this.select.value = this.getAttribute('value') ?? '';
    }
    attributeChangedCallback() {
      if (this.select) this.select.value = this.getAttribute('value') ?? '';
    }
    get value() {
      return this.select.value;
    }
  }

  const define = () => {
    if (customElements.get('kat-input')) return;
    customElements.define('kat-input', KatInput);
    customElements.define('kat-checkbox', KatCheckbox);
    customElements.define('kat-button', KatButton);
    customElements.define('kat-modal', KatModal);
    customElements.define('kat-dropdown', KatDropdown);
    if (document.body) document.body.dataset.katalDefinedAt = String(performance.now());
  };
  // `<body data-katal-delay="600">`: the library arrives late, as on a slow connection; until then the
  // components are plain elements without shadow roots, and their upgrade changes nothing in the light DOM.
  const delay = Number(document.body?.dataset.katalDelay ?? 0);
  if (delay > 0) setTimeout(define, delay);
  else define();
})();
