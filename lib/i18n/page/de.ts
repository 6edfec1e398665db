import type { Dictionary } from '../translate';
import type { PageKey } from './en';

export const de: Dictionary<PageKey> = {
  'panel.close': 'Schließen',
  'panel.copy': 'Kopieren',
  'panel.copied': 'Kopiert',
  'panel.showValues': 'Werte zum Kopieren anzeigen',
  'authorize.filled':
    'ShipBridge hat den Entwickler für Sie eingetragen: {name} / {id}. Prüfen Sie die Angaben und klicken Sie dann selbst auf Weiter.',
  'authorize.kept': 'Sie hatten diese Felder bereits ausgefüllt; ShipBridge hat sie unverändert gelassen.',
  'authorize.idMismatch':
    'Diese Entwickler-ID ({found}) ist nicht die von {name} ({expected}). Mit einer falschen ID erhält jemand anderes Zugriff auf Ihr Konto.',
  'authorize.fix': '{expected} verwenden',
  'authorize.fillFailed': 'Diese Seite hat die Werte nicht übernommen. Kopieren Sie sie selbst in das Formular:',
  'authorize.developerName': 'Name des Entwicklers',
  'authorize.developerId': 'Entwickler-ID',
  'agreements.note':
    'Amazon verlangt, dass Sie dies selbst lesen und akzeptieren. ShipBridge setzt dieses Häkchen nie für Sie.',
  'consent.unknown':
    '„{app}“ bittet um Zugriff auf Ihr Konto. ShipBridge kennt die App Ihrer Versandplattform nicht (tragen Sie sie in den Einstellungen ein): Prüfen Sie den Namen, bevor Sie bestätigen.',
  'consent.match':
    '„{app}“ ist die App Ihrer Versandplattform. Wenn Sie einverstanden sind, setzen Sie das Häkchen und klicken Sie selbst auf Bestätigen.',
  'consent.mismatch':
    '„{app}“ ist NICHT die für Ihre Versandplattform eingestellte App. Bestätigen Sie nur, wenn Sie sicher sind, wer anfragt.',
  'capture.saved':
    'Von ShipBridge gespeichert: Verkäufer {seller}, {count|# Marktplatz|# Marktplätze}, Token …{hint}. Öffnen Sie als Nächstes ShipBridge in der Symbolleiste des Browsers und verbinden Sie dieses Konto mit Ihrer Versandplattform.',
  'capture.failed':
    'ShipBridge konnte diese Zugangsdaten NICHT speichern. Schließen Sie diese Seite nicht: Amazon zeigt sie nur einmal. Kopieren Sie jeden Wert unten.',
  'capture.orphaned':
    'ShipBridge wurde aktualisiert, während diese Seite offen war, und kann sie jetzt nicht speichern. Schließen Sie diese Seite nicht: Kopieren Sie jeden Wert unten.',
  'capture.sellerId': 'Verkäufer-ID',
  'capture.marketplace': 'Marktplatz {country}',
  'capture.token': 'Token',
  'weight.missing':
    'Kein Versandgewicht: Bestellungen dieses Angebots werden nicht in Ihre Versandplattform importiert. Geben Sie das Paketgewicht ein.',
  'weight.advancedOff':
    'Schalten Sie die Erweiterte Ansicht ein und öffnen Sie Weitere Details: Dort prüft ShipBridge das Versandgewicht.',
  'weight.inventory':
    '{count|# Angebot auf dieser Seite hat kein Versandgewicht: Seine Bestellungen|# Angebote auf dieser Seite haben kein Versandgewicht: Ihre Bestellungen} werden nicht in Ihre Versandplattform importiert.',
  'weight.fix': 'Gewicht eintragen',
  'weight.find': 'Zeile zeigen',
  'weight.more':
    'Weitere Angebote ohne Gewicht auf dieser Seite: {count}. Die ShipBridge-Schaltfläche in der Symbolleiste Ihres Browsers listet alle auf.',
};
