import type { Dictionary } from '../translate';
import type { UiKey } from './en';

export const de: Dictionary<UiKey> = {
  'app.name': 'ShipBridge',
  'app.tagline': 'Amazon Seller Central → Versandplattform',
  'common.saved': 'Gespeichert',
  'common.saveFailed': 'Speichern fehlgeschlagen. Ihre letzte Änderung wurde nicht übernommen: bitte erneut versuchen.',
  'common.openOptions': 'Einstellungen',
  'common.loading': 'Wird geladen…',

  'popup.accounts': 'Erfasste Konten',
  'popup.connections': 'Verbindungen',
  'popup.listings': 'Angebote ohne Versandgewicht',
  'popup.empty.title': 'Noch nichts erfasst',
  'popup.empty.body':
    'Beginnen Sie in Seller Central: Einstellungen > Nutzerberechtigungen > Ihre Apps verwalten > Neuen Entwickler autorisieren. ShipBridge trägt die Entwicklerdaten ein und speichert die nur einmal angezeigte Seite mit den Zugangsdaten für Sie.',
  'popup.empty.open': 'Nutzerberechtigungen auf {host} öffnen',
  'popup.empty.listings': 'Bisher kein Angebot ohne Gewicht gefunden.',

  'options.title': 'ShipBridge-Einstellungen',
  'options.developer.title': 'Entwickleridentität',
  'options.developer.help':
    'Der Entwickler, den Ihre Versandplattform bei Amazon registriert hat. ShipBridge trägt ihn im Formular zur Entwicklerautorisierung ein.',
  'options.developer.region.NA': 'Nordamerika',
  'options.developer.region.EU': 'Europa',
  'options.developer.region.FE': 'Ferner Osten',
  'options.developer.useDefault': 'Standard verwenden: {name} / {id}',
  'options.developer.name': 'Name des Entwicklers',
  'options.developer.id': 'Entwickler-ID',
  'options.developer.idInvalid': 'Eine Entwickler-ID hat 12 Ziffern, zum Beispiel 3244-7764-4129.',
  'options.developer.nameInvalid': 'Geben Sie den Namen des Entwicklers ein.',
  'options.developer.notSaved': 'Wird erst gespeichert, wenn beide Felder gültig sind.',
  'options.defaults.title': 'Neue Integrationen',
  'options.defaults.importWeight': 'Paketgewichte von Amazon importieren',
  'options.defaults.statusUpdate': 'Bestellstatus bei Amazon aktualisieren, wenn das Paket',
  'options.defaults.onAnnouncement': 'beim Versanddienstleister angemeldet ist',
  'options.defaults.onHandover': 'dem Versanddienstleister übergeben ist',
  'options.language.title': 'Sprache',
  'options.language.auto': 'Wie der Browser',
  'options.retention.title': 'Aufbewahrung',
  'options.retention.days': 'Erfasste Daten löschen nach (Tagen)',
  'options.retention.help':
    'Kontonamen, Angebote und Autorisierungsdaten werden nach dieser Anzahl von Tagen gelöscht. Tokens verlassen ShipBridge, sobald Ihre Versandplattform sie hat.',
  'options.retention.invalid': 'Geben Sie eine ganze Zahl von 1 bis 365 Tagen ein.',
  'options.features.title': 'Funktionen',
  'options.features.help': 'Schalten Sie jede Funktion ab, die Sie in Seller Central stört.',
  'feature.authorize-developer': 'Formular zur Entwicklerautorisierung ausfüllen',
  'feature.capture-credentials': 'Die einmalige Seite mit den Zugangsdaten speichern',
  'feature.shipping-weight': 'Angebote ohne Versandgewicht markieren',
  'feature.authorization-expiry': 'Vor Ablauf der Autorisierung erinnern',

  'language.en': 'English',
  'language.it': 'Italiano',
  'language.de': 'Deutsch',
  'language.fr': 'Français',
  'language.es': 'Español',
  'language.nl': 'Nederlands',
};
