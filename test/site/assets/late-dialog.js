// Manage Your Apps, German: the "Anzeigen" (View) dialog appears late, shows the token inside a Katal
// modal's shadow root, and removes itself one second later, as a seller who looks away would experience.
(() => {
  setTimeout(() => {
    const modal = document.createElement('kat-modal');
    modal.setAttribute('header', 'Zugangsdaten für Müller Versand GmbH');
    modal.id = 'token-dialog';
    document.body.append(modal);
    modal.setShadowBody(
      '<p>Verkäufer-ID: A9ZZ8YY7XX6WW5</p>' +
        '<p>Marktplatz-ID: A1PA6795UKMFR9 (Amazon.de)</p>' +
        '<p>Token für die MWS-Autorisierung: amzn.mws.5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9</p>',
    );
    document.body.dataset.dialogShownAt = String(performance.now());
    setTimeout(() => {
      modal.remove();
      document.body.dataset.dialogRemovedAt = String(performance.now());
    }, 1000);
  }, 500);
})();
