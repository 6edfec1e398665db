// Behaviour of the classic server-rendered register.html: the radio choice reveals the developer fields,
// Next checks them and shows step 2; every click on a Next button and every submit is recorded on <body>
// so tests can prove that nobody but the seller pressed them.
(() => {
  const form = document.getElementById('registrationForm');
  const step1 = document.getElementById('step1');
  const step2 = document.getElementById('step2');
  const devFields = document.getElementById('developerFields');
  const record = (what) => {
    document.body.dataset[what] = String(Number(document.body.dataset[what] ?? 0) + 1);
  };
  for (const radio of form.querySelectorAll('input[type=radio]')) {
    radio.addEventListener('change', () => {
      devFields.hidden = !form.querySelector('input[type=radio][value=developer]').checked;
    });
  }
  devFields.hidden = !form.querySelector('input[type=radio][value=developer]')?.checked;
  document.querySelector('#aliveButton button').addEventListener('click', (e) => {
    e.preventDefault();
    record('nextClicks');
    const missing = [...devFields.querySelectorAll('input[type=text]')].some((i) => !i.value.trim());
    if (devFields.hidden || missing) {
      document.getElementById('formError').hidden = false;
      return;
    }
    step1.hidden = true;
    step2.hidden = false;
  });
  document.getElementById('finishButton').addEventListener('click', () => record('finishClicks'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    record('submitted');
  });
})();
