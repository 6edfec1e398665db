import type { Dictionary } from '../translate';
import type { UiKey } from './en';

export const de: Dictionary<UiKey> = {
  'app.name': 'ShipBridge',
  'app.tagline': 'Amazon Seller Central → Versandplattform',
  'common.saved': 'Gespeichert',
  'common.saveFailed': 'Speichern fehlgeschlagen. Ihre letzte Änderung wurde nicht übernommen: bitte erneut versuchen.',
  'common.openOptions': 'Einstellungen',

  'popup.access.missing':
    'ShipBridge hat in diesem Browser keinen Zugriff auf Seller Central: Dort kann es weder den Entwickler eintragen noch die Zugangsdaten speichern oder Angebote markieren. Erlauben Sie den Zugriff und laden Sie offene Seller-Central-Tabs neu.',
  'popup.access.allow': 'Auf Seller Central erlauben',
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
    'Kontonamen, Angebote und Autorisierungsdaten werden nach dieser Anzahl von Tagen gelöscht, ebenso Tokens, die bis dahin nicht übergeben wurden. Ein Konto mit Verbindungen bei Ihrer Versandplattform behält seinen Namen und diese Verbindungen, solange sie dort bestehen, damit ShipBridge ihren Status zeigen und Ihnen melden kann, wenn eine fehlerhaft ist. Nur das Ablaufdatum der Autorisierung Ihrer Versandplattform bleibt für die Erinnerungen, bis es ebenso lange vorbei ist. Tokens verlassen ShipBridge, sobald Ihre Versandplattform sie hat.',
  'options.retention.invalid': 'Geben Sie eine ganze Zahl von 1 bis 365 Tagen ein.',
  'options.features.title': 'Funktionen',
  'options.features.help': 'Schalten Sie jede Funktion ab, die Sie in Seller Central stört.',
  'feature.authorize-developer': 'Formular zur Entwicklerautorisierung ausfüllen',
  'feature.consent-check': 'Prüfen, welche App auf der Zustimmungsseite von Amazon Zugriff anfragt',
  'feature.capture-credentials': 'Die einmalige Seite mit den Zugangsdaten speichern',
  'feature.shipping-weight': 'Angebote ohne Versandgewicht markieren',
  'feature.authorization-expiry': 'Vor Ablauf der Autorisierung erinnern',

  'popup.account.unnamed': 'Verkäufer {seller}',
  'popup.account.sellerId': 'Verkäufer-ID',
  'popup.account.marketplaces': 'Marktplätze',
  'popup.account.unknownMarketplace': 'Unbekannte Marktplatz-ID {id}: vor dem Verbinden prüfen',
  'popup.account.token': 'Token',
  'popup.account.tokenGone': 'An Ihre Versandplattform übergeben',
  'popup.account.tokenPurged': 'Nach Ablauf der Aufbewahrungsfrist gelöscht',
  'popup.account.captured': 'Erfasst am {time}',
  'popup.account.delete': 'Löschen',
  'popup.account.deleteConfirm': 'Dieses Konto und sein Token aus ShipBridge löschen?',
  'popup.account.deleteConfirmNoToken': 'Dieses Konto aus ShipBridge löschen?',
  'popup.account.deleteConnected':
    'Noch mit Ihrer Versandplattform verbunden: {countries}. Das Konto hier zu löschen trennt nichts, und danach kann ShipBridge nicht mehr trennen. Damit keine Bestellungen mehr importiert werden, drücken Sie zuerst Trennen.',
  'popup.account.deleteNo': 'Behalten',
  'popup.paste.title': 'Zugangsdaten selbst einfügen',
  'popup.paste.help':
    'Kopieren Sie die ganze Seite mit den Zugangsdaten (Verkäufer-ID, Marktplatz-IDs, Token) und fügen Sie sie hier ein.',
  'popup.paste.label': 'Text mit den Zugangsdaten',
  'popup.paste.save': 'Speichern',
  'popup.paste.saved': 'Gespeichert: Verkäufer {seller}, {count|# Marktplatz|# Marktplätze}.',
  'popup.paste.notFound':
    'In diesem Text wurden keine Verkäufer-ID und kein Token gefunden. Fügen Sie die ganze Seite ein, mit Verkäufer-ID und Token.',
  'popup.paste.noMarketplace':
    'Fügen Sie die Marktplatz-IDs hinzu (zum Beispiel "A1PA6795UKMFR9 (Amazon.de)"), damit ShipBridge die Region kennt.',
  'common.failed': 'ShipBridge konnte das nicht ausführen. Bitte versuchen Sie es erneut.',
  'options.backend.title': 'Versandplattform',
  'options.backend.sendcloud': 'Sendcloud',
  'options.backend.connector': 'Connector API',
  'options.backend.publicKey': 'Öffentlicher Schlüssel',
  'options.backend.secretKey': 'Geheimer Schlüssel',
  'options.backend.url': 'Backend-URL',
  'options.backend.token': 'API-Token',
  'options.backend.urlInvalid': 'Geben Sie eine https://-Adresse ein (http:// nur für localhost).',
  'options.backend.saveKeys': 'Schlüssel speichern',
  'options.backend.keySaved': 'Gespeichert (endet auf {hint})',
  'options.backend.keyMissing': 'Nicht gesetzt',
  'options.backend.keysSaved': 'Schlüssel verschlüsselt gespeichert.',
  'options.backend.urlFirst': 'Geben Sie zuerst die Backend-URL ein: Das Token wird für diesen Server gespeichert.',
  'options.backend.nothingTyped': 'Kein neuer Schlüssel eingegeben: Die gespeicherten bleiben, wie sie sind.',
  'options.backend.test': 'Verbindung testen',
  'options.backend.testing': 'Wird getestet…',
  'options.backend.testOk': 'Verbunden mit {name}.',
  'options.backend.testUnseen':
    '{count|Diese Schlüssel sehen eine Verbindung nicht, die mit den zuvor gespeicherten Schlüsseln gefunden wurde|Diese Schlüssel sehen # Verbindungen nicht, die mit den zuvor gespeicherten Schlüsseln gefunden wurden}: Die Schlüssel gehören wahrscheinlich zu einem anderen Konto. Das Popup in der Symbolleiste zeigt, welche.',
  'options.backend.appId': 'SP-API-App-ID Ihrer Versandplattform',
  'options.backend.appIdHelp':
    'Optional. Auf der Zustimmungsseite von Amazon zeigt ShipBridge, ob die anfragende App diese ist.',
  'options.backend.appIdInvalid': 'Eine App-ID sieht so aus: amzn1.sp.solution.… gefolgt von einer UUID.',
  'problem.not_configured': 'Wählen Sie in den Einstellungen Ihre Versandplattform und geben Sie ihre Schlüssel ein.',
  'problem.network':
    'Ihre Versandplattform ist nicht erreichbar. Prüfen Sie Adresse und Verbindung; ShipBridge versucht es weiter.',
  'problem.timeout': 'Ihre Versandplattform hat nicht rechtzeitig geantwortet; ShipBridge versucht es weiter.',
  'problem.unauthorized':
    'Ihre Versandplattform hat die Schlüssel abgelehnt. Prüfen Sie API-Token oder Schlüssel in den Einstellungen.',
  'problem.conflict':
    'Dieser Verkäufer und dieses Land sind bei Ihrer Versandplattform bereits mit einem anderen Token verbunden.',
  'problem.validation': 'Ihre Versandplattform hat einige Werte abgelehnt.',
  'problem.rate_limited': 'Ihre Versandplattform bittet um eine Pause; ShipBridge versucht es automatisch erneut.',
  'problem.unavailable':
    'Ihre Versandplattform ist vorübergehend nicht verfügbar; ShipBridge versucht es automatisch erneut.',
  'problem.not_found': 'Ihre Versandplattform kennt diese Integration nicht mehr.',
  'problem.invalid_response':
    'Ihre Versandplattform hat etwas geantwortet, das ShipBridge nicht versteht. Prüfen Sie ihre Adresse in den Einstellungen.',
  'problem.redirected':
    'Ihre Versandplattform hat ShipBridge an eine andere Adresse umgeleitet. ShipBridge sendet Schlüssel und Tokens nur an die angegebene Adresse: Ist Ihre Plattform umgezogen, tragen Sie ihre neue Adresse in den Einstellungen ein.',
  'problem.rejected': 'Ihre Versandplattform hat die Anfrage abgelehnt.',
  'problem.token_gone':
    'ShipBridge konnte das Token nicht senden: Es wurde bereits Ihrer Versandplattform übergeben, und ShipBridge behält keine Kopie.',
  'problem.token_unreadable':
    'ShipBridge kann das gespeicherte Token nicht mehr lesen (es ist verschlüsselt, und sein Schlüssel fehlt). Speichern Sie die Zugangsdaten erneut: Autorisieren Sie den Entwickler in Seller Central erneut oder fügen Sie sie unten ein, und verbinden Sie dann dieses Land.',
  'problem.platformSays': 'Ihre Versandplattform meldet: „{message}“',
  'problem.withPlatformWords': '{problem} „{message}“',
  'problem.awaiting_panel': 'Wartet darauf, dass Sie im Sendcloud-Panel fertig werden…',
  'problem.ended_at_backend':
    'Ihre Versandplattform hat diese Verbindung nicht mehr (sie wurde dort entfernt), daher werden Bestellungen aus diesem Land nicht importiert.',
  'problem.other_keys':
    'ShipBridge sieht diese Verbindung mit den jetzt gespeicherten Schlüsseln nicht: Diese Schlüssel finden keine der Verbindungen, die mit den zuvor gespeicherten Schlüsseln gefunden wurden, und gehören daher wahrscheinlich zu einem anderen Konto. Das Speichern hat auf Ihrer Versandplattform nichts verändert. Um ihren Status wieder zu sehen, speichern Sie in den Einstellungen die Schlüssel des Kontos, in dem sie angelegt wurde.',
  'popup.connect.seenWithKeys': 'Zuletzt gefunden mit den Schlüsseln, die auf „…{keys}“ enden.',
  'popup.connect.endedRecreate':
    'Im Sendcloud-Panel selbst neu angelegt? Unter dem Shopnamen „{shop}“ findet ShipBridge sie und zeigt sie als verbunden.',
  'popup.failingSummary':
    '{count|Bestellungen aus diesem Land werden nicht importiert|Bestellungen aus diesen Ländern werden nicht importiert}: Ihre Versandplattform meldet die Amazon-Verbindung als fehlerhaft. Ursache und Abhilfe:',
  'popup.endedSummary':
    '{count|Bestellungen aus diesem Land werden nicht importiert: Ihre Versandplattform hat seine Amazon-Verbindung nicht mehr (sie wurde dort entfernt)|Bestellungen aus diesen Ländern werden nicht importiert: Ihre Versandplattform hat ihre Amazon-Verbindungen nicht mehr (sie wurden dort entfernt)}. Ursache und Abhilfe:',
  'popup.statusUnread':
    'Die Status unten sind vielleicht nicht aktuell: ShipBridge konnte sie gerade nicht von Ihrer Versandplattform abrufen. {why}',
  'popup.connect.note':
    'Jedes Land braucht eine eigene Integration. Tracking-E-Mails bleiben für Amazon-Integrationen aus: Amazons Regeln verbieten sie.',
  'popup.connect.unconnected': 'Noch nicht verbunden: {countries}',
  'popup.connect.shopName': 'Shop-Name',
  'popup.connect.importWeight': 'Paketgewichte importieren',
  'popup.connect.statusUpdate': 'Bestellstatus aktualisieren, wenn das Paket',
  'popup.connect.connect': 'Verbinden',
  'popup.connect.connectAll': 'Alle verbinden',
  'popup.connect.tokenGone':
    'Das Token dieses Kontos wurde Ihrer Versandplattform übergeben, und ShipBridge behält keine Kopie. Um ein Land zu verbinden, das nicht bei Ihrer Versandplattform ist, autorisieren Sie den Entwickler in Seller Central erneut: ShipBridge speichert die neue Seite mit den Zugangsdaten, danach können Sie es hier verbinden.',
  'popup.connect.tokenPurged':
    'Das Token dieses Kontos wurde am {time} gelöscht, am Ende der in den Einstellungen von ShipBridge festgelegten Aufbewahrungsfrist. Um ein Land zu verbinden, das nicht bei Ihrer Versandplattform ist, autorisieren Sie den Entwickler in Seller Central erneut: ShipBridge speichert die neue Seite mit den Zugangsdaten, danach können Sie es hier verbinden.',
  'popup.connect.disconnect': 'Trennen',
  'popup.connect.leaveEnded': 'Getrennt lassen',
  'popup.connect.retryNow': 'Jetzt erneut versuchen',
  'popup.connect.arrived': '{country}: {status}',
  'popup.connect.lastTry': 'Letzter Versuch {time}',
  'popup.connect.nextTry': 'Nächster Versuch {time}',
  'popup.connect.cancel': 'Abbrechen',
  'popup.connect.trying': 'Wird versucht…',
  'popup.connect.cancelling': 'Wird abgebrochen…',
  'popup.connect.disconnecting': 'Wird getrennt…',
  'popup.connect.disconnectFailed': '{country} ist weiterhin verbunden. {why}',
  'popup.connect.unreachableNow':
    'Ihre Versandplattform ist gerade nicht erreichbar. Bitte versuchen Sie es in ein paar Minuten erneut.',
  'popup.connect.newToken':
    'Am {time} wurde ein neues Token gespeichert. Noch mit dem früheren: {countries}. Übergeben Sie das neue Token, damit deren Bestellungen weiter importiert werden; jedes Land wird mit demselben Shopnamen neu verbunden.',
  'popup.connect.handOver': 'Neues Token übergeben',
  'popup.connect.handingOver': 'Wird übergeben…',
  'popup.connect.handOverFailed': 'Das neue Token wurde nicht übergeben. {why}',
  'popup.connect.failingHelp':
    'Bestellungen aus {country} werden nicht importiert. Meist ist eine in Seller Central abgelaufene Autorisierung die Ursache: Wenn Sie sie unter „Ihre Apps verwalten“ verlängern, kommt dasselbe Token zurück und mit ihm die Verbindung.',
  'popup.connect.otherBackend': 'Bei {backend}, der zuvor gewählten Versandplattform.',
  'popup.connect.disconnectConfirm':
    '{country} trennen? Die Bestellungen dieses Landes werden dann nicht mehr in Ihre Versandplattform importiert.',
  'popup.connect.lastSync': 'Zuletzt synchronisiert {time}',
  'status.not_connected': 'Nicht verbunden',
  'status.queued': 'In Warteschlange',
  'status.connecting': 'Wird verbunden',
  'status.connected': 'Verbunden',
  'status.failing': 'Fehlerhaft',
  'status.disconnected': 'Getrennt',
  'status.unknown': 'Status unbekannt',
  'popup.handoff.title': 'In Sendcloud abschließen',
  'popup.handoff.steps':
    'Sendcloud legt Amazon-Integrationen nur im eigenen Panel an. Öffnen Sie es, wählen Sie Amazon > Verbinden und öffnen Sie ShipBridge dort erneut: Es füllt das Formular für Sie aus. Oder kopieren Sie diese Werte in dieser Reihenfolge. ShipBridge bemerkt, wenn es fertig ist.',
  'popup.handoff.stepsHere':
    'Dieser Tab zeigt das Sendcloud-Panel. Im Amazon-Verbindungsformular (Amazon > Verbinden) trägt ShipBridge diese Werte für Sie ein: Prüfen Sie sie und klicken Sie dann selbst in Sendcloud auf Verbinden. ShipBridge bemerkt, wenn es fertig ist.',
  'popup.handoff.open': 'Sendcloud-Integrationen öffnen',
  'popup.handoff.candidates':
    'In Sendcloud unter einem anderen Shopnamen angelegt? Diese Amazon-Integrationen in Sendcloud sind noch nicht mit ShipBridge verknüpft:',
  'popup.handoff.candidateNew': 'Noch keine Bestellungen importiert',
  'popup.handoff.adopt': 'Für {country} verwenden',
  'popup.handoff.adopting': 'Wird verknüpft…',
  'popup.handoff.country': 'Marktplatz',
  'popup.copy': 'Kopieren',
  'popup.copied': 'Kopiert',
  'popup.listings.count': '{count|# Angebot|# Angebote} in {country}',
  'popup.listings.fix': 'Gewicht eintragen',
  'popup.listings.more': '{count|# weiteres|# weitere} anzeigen',
  'popup.listings.help':
    'Bestellungen werden nur in Ihre Versandplattform importiert, wenn das Angebot ein Versandgewicht hat.',
  'options.report.title': 'Inventarbericht prüfen',
  'options.report.help':
    'Laden Sie aus Seller Central eine Angebotsdatei mit dem Versandgewicht jeder SKU herunter, etwa die Lagerbestandsdatei Ihrer Produktkategorie als Text (.txt) oder CSV gespeichert, und wählen Sie sie hier aus. ShipBridge listet jede SKU ohne Versandgewicht auf. Die Datei verlässt Ihren Computer nie.',
  'options.report.file': 'Berichtsdatei',
  'options.report.marketplace': 'Marktplatz dieses Berichts',
  'options.report.checking': 'Wird geprüft…',
  'options.report.result':
    '{country}: {missing} von {rows} {rows|Angebot|Angeboten} {missing|hat|haben} kein Versandgewicht.',
  'options.report.empty': 'Dieser Bericht enthält keine Angebote.',
  'options.report.none':
    '{rows|Das eine Angebot in diesem Bericht hat|Alle # Angebote in diesem Bericht haben} ein Versandgewicht.',
  'options.report.export': 'Als CSV exportieren',
  'options.report.saved': 'Das Popup listet sie jetzt auf, mit einem Link zum Beheben.',
  'report.empty': 'Diese Datei ist leer.',
  'report.binary':
    'Das ist keine Textdatei. Eine Tabellendatei (etwa eine Lagerbestandsvorlage, .xlsm oder .xlsx) muss zuerst in der Tabellenkalkulation als tabulatorgetrennter Text (.txt) oder als CSV gespeichert werden.',
  'report.encoding':
    'ShipBridge konnte den Text dieser Datei nicht lesen. Öffnen Sie sie in einer Tabellenkalkulation und speichern Sie sie als „CSV UTF-8“.',
  'report.columns':
    'Keine Spalten für SKU und Versandgewicht gefunden. Verwenden Sie eine Datei mit einer Spalte „sku“ und einer Gewichtsspalte wie „item_package_weight“ oder „website_shipping_weight“: Berichte nur mit SKUs, Preisen und Mengen (etwa der Bericht „Alle Angebote“) enthalten kein Gewicht.',
  'expiry.title': 'Autorisierung',
  'expiry.expires': '{developer} ({region}) hat bis {date} Zugriff auf Ihr Konto: noch {days|# Tag|# Tage}.',
  'expiry.estimated':
    'Geschätzt: ein Jahr nach dem Speichern der Zugangsdaten. Öffnen Sie „Ihre Apps verwalten“ in Seller Central, um das echte Datum zu lesen.',
  'expiry.expired':
    'Die Autorisierung von {developer} ({region}) ist am {date} abgelaufen. Bestellungen werden nicht mehr importiert.',
  'expiry.renew':
    'Zum Erneuern: Öffnen Sie „Ihre Apps verwalten“, suchen Sie {developer} und klicken Sie auf Erneuern (oder Aktivieren). Es kommt derselbe Token zurück, in Ihrer Versandplattform ist nichts neu einzugeben.',
  'expiry.open': '„Ihre Apps verwalten“ auf {host} öffnen',
  'reminder.title': 'ShipBridge: Amazon-Autorisierung',
  'alert.failingTitle': 'ShipBridge: Bestellungen werden nicht importiert',
  'alert.failing':
    'Amazon-Verbindung laut Ihrer Versandplattform fehlerhaft: {countries}. Bestellungen von dort werden nicht importiert. Öffnen Sie ShipBridge, um Ursache und Abhilfe zu sehen.',
  'alert.ended':
    'Ihre Versandplattform hat die Amazon-Verbindung nicht mehr für: {countries}. Bestellungen von dort werden nicht importiert. Öffnen Sie ShipBridge, um neu zu verbinden, wenn Sie dort weiter verkaufen.',
  'alert.handoffTitle': 'ShipBridge: wartende Verbindungen',
  'alert.handoffConnected': 'Mit Ihrer Versandplattform verbunden: {countries}.',
  'alert.handoffConnecting': 'An Ihre Versandplattform übergeben, die die Verbindung noch herstellt: {countries}.',
  'alert.handoffFailing':
    'Verbunden, aber laut Ihrer Versandplattform fehlerhaft: {countries}. Öffnen Sie ShipBridge, um die Ursache zu sehen.',
  'alert.handoffRefused': 'Nicht verbunden: {countries}. Öffnen Sie ShipBridge, um Ursache und Abhilfe zu sehen.',
  'alert.unreadTitle': 'ShipBridge: Verbindungen nicht geprüft',
  'alert.unread':
    'ShipBridge kann Ihre Verbindungen bei Ihrer Versandplattform nicht lesen. {why} Bis dahin kann es Ihnen nicht melden, wenn eine fehlschlägt oder endet.',
  'badge.failing': '{count|# Verbindung fehlerhaft|# Verbindungen fehlerhaft}: {countries}',
  'reminder.purgeTitle': 'ShipBridge: Zugangsdaten noch nicht übergeben',
  'reminder.purge':
    'Die Zugangsdaten von {account} werden in {days|# Tag|# Tagen} gelöscht, wie es Ihre Aufbewahrungseinstellung vorsieht. Um sie zu behalten, übergeben Sie sie vorher Ihrer Versandplattform: Öffnen Sie ShipBridge und klicken Sie auf Verbinden.',
  'reminder.purgeNewToken':
    'Das neue Token von {account} wird in {days|# Tag|# Tagen} gelöscht, wie es Ihre Aufbewahrungseinstellung vorsieht. Um es zu behalten, übergeben Sie es vorher Ihrer Versandplattform: Öffnen Sie ShipBridge und klicken Sie auf Neues Token übergeben.',
  'options.data.title': 'Ihre Daten',
  'options.data.help':
    'Alles, was ShipBridge aufbewahrt, und wie lange. Tokens und Schlüssel werden verschlüsselt gespeichert und nie exportiert.',
  'options.data.accounts':
    'Erfasste Konten: {count} ({days|# Tag|# Tage} aufbewahrt; Tokens nur, bis Ihre Versandplattform sie hat)',
  'options.data.integrations': 'Verbindungen: {count}',
  'options.data.listings': 'Angebote ohne Gewicht: {count} ({days|# Tag|# Tage} aufbewahrt)',
  'options.data.authorizations':
    'Autorisierungsdaten: {count} ({days|# Tag|# Tage} aufbewahrt; das Ihrer Versandplattform bis {days|# Tag|# Tage} nach dem Ablauf, für die Erinnerungen)',
  'options.data.secrets': 'Verschlüsselte Tokens und Schlüssel: {count} (bis zur Übergabe oder Löschung)',
  'options.data.export': 'Als JSON exportieren',
  'options.data.delete': 'Alles löschen',
  'options.data.confirm':
    'Alle Konten, Tokens, Schlüssel, Angebote, Verbindungen und Einstellungen aus ShipBridge löschen? Das lässt sich nicht rückgängig machen.',
  'options.data.confirmYes': 'Ja, alles löschen',
  'options.data.deleted': 'Alles wurde gelöscht.',
  'popup.connect.options': 'Dieses Land verbinden…',
  'popup.handoff.fill': 'Sendcloud-Formular in diesem Tab ausfüllen',
  'popup.handoff.filled':
    '{count|# Feld ausgefüllt. Prüfen Sie es|# Felder ausgefüllt. Prüfen Sie sie} und klicken Sie dann selbst in Sendcloud auf Verbinden.',
  'popup.handoff.notFound':
    'Kein Amazon-Verbindungsformular in diesem Tab. Wählen Sie in Sendcloud Amazon > Verbinden und versuchen Sie es dann erneut.',
};
