// A React-style controlled form: values live in component state and every render writes them back into
// the inputs. Until "hydration" (300 ms after load) no listener is attached, so a value typed or filled
// before that is reverted by the first render; after it, only input events change the state. A clock
// re-renders every 250 ms, as busy single-page apps do. Like React, it tracks the value it last wrote or
// saw on each input (through a `value` property on the element itself) and ignores an input event that
// brings no value it has not seen: a value set through that property is not taken as typing.
(() => {
  const state = { name: '', id: '' };
  const inputs = { name: document.getElementById('dev-name-input'), id: document.getElementById('dev-id-input') };
  const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  const tracked = new Map();
  for (const input of Object.values(inputs)) {
    tracked.set(input, input.value);
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return native.get.call(this);
      },
      set(value) {
        tracked.set(this, String(value));
        native.set.call(this, value);
      },
    });
  }
  const render = () => {
    for (const [key, input] of Object.entries(inputs)) if (input.value !== state[key]) input.value = state[key];
  };
  setTimeout(() => {
    for (const [key, input] of Object.entries(inputs)) {
      input.addEventListener('input', (e) => {
        if (e.target.value === tracked.get(e.target)) return;
        tracked.set(e.target, e.target.value);
        state[key] = e.target.value;
        render();
      });
    }
    render();
    document.body.dataset.hydrated = 'true';
    setInterval(render, 250);
  }, 300);
  document.getElementById('controlled-next').addEventListener('click', () => {
    document.body.dataset.nextClicks = String(Number(document.body.dataset.nextClicks ?? 0) + 1);
  });
})();
