// A React-style controlled form: values live in component state and every render writes them back into
// the inputs. Until "hydration" (300 ms after load) no listener is attached, so a value typed or filled
// before that is reverted by the first render; after it, only input events change the state. A clock
// re-renders every 250 ms, as busy single-page apps do.
(() => {
  const state = { name: '', id: '' };
  const inputs = { name: document.getElementById('dev-name-input'), id: document.getElementById('dev-id-input') };
  const render = () => {
    for (const [key, input] of Object.entries(inputs)) if (input.value !== state[key]) input.value = state[key];
  };
  setTimeout(() => {
    for (const [key, input] of Object.entries(inputs)) {
      input.addEventListener('input', (e) => {
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
