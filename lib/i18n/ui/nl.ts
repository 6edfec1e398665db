import type { Dictionary } from '../translate';
import type { UiKey } from './en';

export const nl: Dictionary<UiKey> = {
  'app.name': 'ShipBridge',
  'app.tagline': 'Amazon Seller Central → verzendplatform',
  'common.saved': 'Opgeslagen',
  'common.saveFailed': 'Opslaan mislukt. Je laatste wijziging is niet bewaard: probeer het opnieuw.',
  'common.openOptions': 'Instellingen',

  'popup.access.missing':
    'ShipBridge heeft in deze browser geen toegang tot Seller Central: daar kan het de ontwikkelaar niet invullen, het scherm met inloggegevens niet bewaren en geen aanbiedingen markeren. Sta het toe en laad open Seller Central-tabbladen opnieuw.',
  'popup.access.allow': 'Toestaan op Seller Central',
  'popup.accounts': 'Vastgelegde accounts',
  'popup.connections': 'Koppelingen',
  'popup.listings': 'Aanbiedingen zonder verzendgewicht',
  'popup.empty.title': 'Nog niets vastgelegd',
  'popup.empty.body':
    'Begin in Seller Central: Instellingen > Gebruikersmachtigingen > Je apps beheren > Nieuwe ontwikkelaar autoriseren. ShipBridge vult de gegevens van de ontwikkelaar in en bewaart het scherm met inloggegevens, dat maar één keer wordt getoond.',
  'popup.empty.open': 'Gebruikersmachtigingen openen op {host}',
  'popup.empty.listings': 'Nog geen aanbieding zonder gewicht gevonden.',

  'options.title': 'ShipBridge-instellingen',
  'options.developer.title': 'Identiteit van de ontwikkelaar',
  'options.developer.help':
    'De ontwikkelaar die je verzendplatform bij Amazon heeft geregistreerd. ShipBridge vult die in op het autorisatieformulier.',
  'options.developer.region.NA': 'Noord-Amerika',
  'options.developer.region.EU': 'Europa',
  'options.developer.region.FE': 'Verre Oosten',
  'options.developer.useDefault': 'Standaard gebruiken: {name} / {id}',
  'options.developer.name': 'Naam van de ontwikkelaar',
  'options.developer.id': 'Ontwikkelaars-ID',
  'options.developer.idInvalid': 'Een ontwikkelaars-ID heeft 12 cijfers, bijvoorbeeld 3244-7764-4129.',
  'options.developer.nameInvalid': 'Vul de naam van de ontwikkelaar in.',
  'options.developer.notSaved': 'Wordt pas opgeslagen als beide velden geldig zijn.',
  'options.defaults.title': 'Nieuwe koppelingen',
  'options.defaults.importWeight': 'Pakketgewichten uit Amazon importeren',
  'options.defaults.statusUpdate': 'Bestelstatus op Amazon bijwerken wanneer het pakket',
  'options.defaults.onAnnouncement': 'bij de vervoerder is aangemeld',
  'options.defaults.onHandover': 'aan de vervoerder is overgedragen',
  'options.language.title': 'Taal',
  'options.language.auto': 'Zelfde als de browser',
  'options.retention.title': 'Bewaartermijn',
  'options.retention.days': 'Vastgelegde gegevens verwijderen na (dagen)',
  'options.retention.help':
    'Accountnamen, aanbiedingen en autorisatiedata worden na dit aantal dagen verwijderd, net als tokens die dan nog niet zijn overgedragen. Een account met koppelingen bij je verzendplatform houdt zijn naam en die koppelingen zolang ze daar bestaan, zodat ShipBridge hun status kan tonen en je kan waarschuwen als er een mislukt. Alleen de einddatum van de autorisatie van je verzendplatform blijft bewaard voor de herinneringen, tot die even lang voorbij is. Tokens verlaten ShipBridge zodra je verzendplatform ze heeft.',
  'options.retention.invalid': 'Vul een geheel aantal dagen in van 1 tot 365.',
  'options.features.title': 'Functies',
  'options.features.help': 'Zet elke functie uit die je in Seller Central in de weg zit.',
  'feature.authorize-developer': 'Het autorisatieformulier voor de ontwikkelaar invullen',
  'feature.consent-check': 'Controleren welke app toegang vraagt op de toestemmingspagina van Amazon',
  'feature.capture-credentials': 'Het eenmalige scherm met inloggegevens bewaren',
  'feature.shipping-weight': 'Aanbiedingen zonder verzendgewicht markeren',
  'feature.authorization-expiry': 'Herinner me voordat de autorisatie verloopt',

  'popup.account.unnamed': 'Verkoper {seller}',
  'popup.account.sellerId': 'Verkopers-ID',
  'popup.account.marketplaces': 'Marketplaces',
  'popup.account.unknownMarketplace': 'Onbekende marketplace-ID {id}: controleer die voor het koppelen',
  'popup.account.token': 'Token',
  'popup.account.tokenGone': 'Overgedragen aan je verzendplatform',
  'popup.account.tokenPurged': 'Verwijderd na de bewaartermijn',
  'popup.account.captured': 'Vastgelegd op {time}',
  'popup.account.delete': 'Verwijderen',
  'popup.account.deleteConfirm': 'Dit account en de token uit ShipBridge verwijderen?',
  'popup.account.deleteConfirmNoToken': 'Dit account uit ShipBridge verwijderen?',
  'popup.account.deleteConnected':
    'Nog gekoppeld aan je verzendplatform: {countries}. Het account hier verwijderen ontkoppelt niets, en daarna kan ShipBridge niet meer ontkoppelen. Druk eerst op Ontkoppelen om het importeren van bestellingen te stoppen.',
  'popup.account.deleteNo': 'Behouden',
  'popup.paste.title': 'Plak de inloggegevens zelf',
  'popup.paste.help':
    'Kopieer de hele pagina met inloggegevens (verkopers-ID, marketplace-ID’s, token) en plak die hier.',
  'popup.paste.label': 'Tekst met inloggegevens',
  'popup.paste.save': 'Opslaan',
  'popup.paste.saved': 'Opgeslagen: verkoper {seller}, {count|# marketplace|# marketplaces}.',
  'popup.paste.notFound':
    'Geen verkopers-ID en token gevonden in deze tekst. Plak de hele pagina, met verkopers-ID en token.',
  'popup.paste.noMarketplace':
    'Voeg de marketplace-ID’s toe (bijvoorbeeld "A1805IZSGTT6HS (Amazon.nl)") zodat ShipBridge de regio kent.',
  'common.failed': 'ShipBridge kon dat niet doen. Probeer het opnieuw.',
  'options.backend.title': 'Verzendplatform',
  'options.backend.sendcloud': 'Sendcloud',
  'options.backend.connector': 'Connector API',
  'options.backend.publicKey': 'Publieke sleutel',
  'options.backend.secretKey': 'Geheime sleutel',
  'options.backend.url': 'Backend-URL',
  'options.backend.token': 'API-token',
  'options.backend.urlInvalid': 'Vul een https://-adres in (http:// alleen voor localhost).',
  'options.backend.saveKeys': 'Sleutels opslaan',
  'options.backend.keySaved': 'Opgeslagen (eindigt op {hint})',
  'options.backend.keyMissing': 'Niet ingesteld',
  'options.backend.keysSaved': 'Sleutels versleuteld opgeslagen.',
  'options.backend.urlFirst': 'Vul eerst de backend-URL in: het token wordt voor die server bewaard.',
  'options.backend.nothingTyped': 'Geen nieuwe sleutel ingevuld: de opgeslagen sleutels blijven zoals ze zijn.',
  'options.backend.test': 'Verbinding testen',
  'options.backend.testing': 'Wordt getest…',
  'options.backend.testOk': 'Verbonden met {name}.',
  'options.backend.testUnseen':
    '{count|Deze sleutels zien een koppeling niet die met de eerder opgeslagen sleutels werd gevonden|Deze sleutels zien # koppelingen niet die met de eerder opgeslagen sleutels werden gevonden}: ze horen waarschijnlijk bij een ander account. De pop-up in de werkbalk laat zien welke.',
  'options.backend.appId': 'SP-API-app-ID van je verzendplatform',
  'options.backend.appIdHelp':
    'Optioneel. Op de toestemmingspagina van Amazon laat ShipBridge zien of de app die toegang vraagt deze is.',
  'options.backend.appIdInvalid': 'Een app-ID ziet eruit als amzn1.sp.solution.… gevolgd door een UUID.',
  'problem.not_configured': 'Kies een verzendplatform en vul de sleutels in bij de instellingen.',
  'problem.network':
    'Je verzendplatform is niet bereikbaar. Controleer het adres en je verbinding; ShipBridge blijft het proberen.',
  'problem.timeout': 'Je verzendplatform antwoordde niet op tijd; ShipBridge blijft het proberen.',
  'problem.unauthorized':
    'Je verzendplatform weigerde de sleutels. Controleer de API-token of sleutels in de instellingen.',
  'problem.conflict': 'Deze verkoper en dit land zijn al gekoppeld bij je verzendplatform met een andere token.',
  'problem.validation': 'Je verzendplatform weigerde enkele waarden.',
  'problem.rate_limited': 'Je verzendplatform vraagt om te vertragen; ShipBridge probeert het automatisch opnieuw.',
  'problem.unavailable':
    'Je verzendplatform is tijdelijk niet beschikbaar; ShipBridge probeert het automatisch opnieuw.',
  'problem.not_found': 'Je verzendplatform kent deze koppeling niet meer.',
  'problem.invalid_response':
    'Je verzendplatform antwoordde iets wat ShipBridge niet begrijpt. Controleer het adres in de instellingen.',
  'problem.redirected':
    'Je verzendplatform stuurde ShipBridge door naar een ander adres. ShipBridge stuurt sleutels en tokens alleen naar het opgegeven adres: is je platform verhuisd, vul dan het nieuwe adres in bij de instellingen.',
  'problem.rejected': 'Je verzendplatform weigerde het verzoek.',
  'problem.token_gone':
    'ShipBridge kon het token niet versturen: het is al aan je verzendplatform gegeven en ShipBridge houdt geen kopie.',
  'problem.token_unreadable':
    'ShipBridge kan het opgeslagen token niet meer lezen (het is versleuteld en de sleutel ervan is weg). Sla de inloggegevens opnieuw op: autoriseer de ontwikkelaar opnieuw in Seller Central of plak ze hieronder, en verbind dan dit land.',
  'problem.platformSays': 'Je verzendplatform meldt: ‘{message}’',
  'problem.withPlatformWords': '{problem} ‘{message}’',
  'problem.awaiting_panel': 'Wacht tot je klaar bent in het Sendcloud-paneel…',
  'problem.ended_at_backend':
    'Je verzendplatform heeft deze koppeling niet meer (daar verwijderd), dus bestellingen uit dit land komen niet binnen.',
  'problem.other_keys':
    'ShipBridge ziet deze koppeling niet met de sleutels die nu zijn opgeslagen: ze vinden geen van de koppelingen die met de eerder opgeslagen sleutels werden gevonden, dus ze horen waarschijnlijk bij een ander account. Het opslaan heeft niets veranderd op je verzendplatform. Sla in de instellingen de sleutels op van het account waar hij is aangemaakt om de status weer te zien.',
  'popup.connect.seenWithKeys': 'Het laatst gevonden met de sleutels die eindigen op ‘…{keys}’.',
  'popup.connect.endedRecreate':
    'Zelf opnieuw aangemaakt in het Sendcloud-paneel? Onder de winkelnaam ‘{shop}’ vindt ShipBridge hem en toont hem als verbonden.',
  'popup.failingSummary':
    '{count|Bestellingen uit dit land komen niet binnen|Bestellingen uit deze landen komen niet binnen}: je verzendplatform meldt dat de Amazon-koppeling mislukt. Bekijk waarom en wat je kunt doen:',
  'popup.endedSummary':
    '{count|Bestellingen uit dit land komen niet binnen: je verzendplatform heeft de Amazon-koppeling ervan niet meer (die is daar verwijderd)|Bestellingen uit deze landen komen niet binnen: je verzendplatform heeft hun Amazon-koppelingen niet meer (die zijn daar verwijderd)}. Bekijk waarom en wat je kunt doen:',
  'popup.statusUnread':
    'De statussen hieronder zijn misschien niet actueel: ShipBridge kon ze zojuist niet lezen bij je verzendplatform. {why}',
  'popup.connect.note':
    'Elk land heeft een eigen koppeling nodig. Track-and-trace-e-mails blijven uit voor Amazon-koppelingen: de regels van Amazon verbieden ze.',
  'popup.connect.unconnected': 'Nog niet gekoppeld: {countries}',
  'popup.connect.shopName': 'Winkelnaam',
  'popup.connect.importWeight': 'Pakketgewichten importeren',
  'popup.connect.statusUpdate': 'Bestelstatus bijwerken wanneer het pakket',
  'popup.connect.connect': 'Koppelen',
  'popup.connect.connectAll': 'Alles koppelen',
  'popup.connect.tokenGone':
    'Het token van dit account is aan je verzendplatform gegeven en ShipBridge houdt geen kopie. Om een land te koppelen dat niet bij je verzendplatform staat, autoriseer je de ontwikkelaar opnieuw in Seller Central: ShipBridge bewaart het nieuwe scherm met inloggegevens, daarna kun je het hier koppelen.',
  'popup.connect.tokenPurged':
    'Het token van dit account is op {time} verwijderd, aan het einde van de bewaartermijn uit de instellingen van ShipBridge. Om een land te koppelen dat niet bij je verzendplatform staat, autoriseer je de ontwikkelaar opnieuw in Seller Central: ShipBridge bewaart het nieuwe scherm met inloggegevens, daarna kun je het hier koppelen.',
  'popup.connect.disconnect': 'Ontkoppelen',
  'popup.connect.leaveEnded': 'Ontkoppeld laten',
  'popup.connect.retryNow': 'Nu opnieuw proberen',
  'popup.connect.arrived': '{country}: {status}',
  'popup.connect.lastTry': 'Laatste poging {time}',
  'popup.connect.nextTry': 'Volgende poging {time}',
  'popup.connect.cancel': 'Annuleren',
  'popup.connect.trying': 'Wordt geprobeerd…',
  'popup.connect.cancelling': 'Wordt geannuleerd…',
  'popup.connect.disconnecting': 'Wordt ontkoppeld…',
  'popup.connect.disconnectFailed': '{country} is nog steeds gekoppeld. {why}',
  'popup.connect.unreachableNow':
    'Je verzendplatform is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
  'popup.connect.newToken':
    'Op {time} is een nieuw token opgeslagen. Nog met het vorige: {countries}. Geef het nieuwe token door, zodat de bestellingen blijven binnenkomen; elk land wordt opnieuw gekoppeld met dezelfde winkelnaam.',
  'popup.connect.handOver': 'Nieuw token doorgeven',
  'popup.connect.handingOver': 'Wordt doorgegeven…',
  'popup.connect.handOverFailed': 'Het nieuwe token is niet doorgegeven. {why}',
  'popup.connect.failingHelp':
    'Bestellingen uit {country} komen niet binnen. Meestal is een verlopen autorisatie in Seller Central de oorzaak: door die te verlengen in Je apps beheren komt hetzelfde token terug, en daarmee de koppeling.',
  'popup.connect.otherBackend': 'Bij {backend}, het eerder gekozen verzendplatform.',
  'popup.connect.disconnectConfirm':
    '{country} ontkoppelen? De bestellingen van dit land worden dan niet meer in je verzendplatform geïmporteerd.',
  'popup.connect.lastSync': 'Laatst gesynchroniseerd {time}',
  'status.not_connected': 'Niet gekoppeld',
  'status.queued': 'In de wachtrij',
  'status.connecting': 'Bezig met koppelen',
  'status.connected': 'Gekoppeld',
  'status.failing': 'Mislukt',
  'status.disconnected': 'Ontkoppeld',
  'status.unknown': 'Status onbekend',
  'popup.handoff.title': 'Rond af in Sendcloud',
  'popup.handoff.steps':
    'Sendcloud maakt Amazon-koppelingen alleen in het eigen paneel. Open het, kies Amazon > Koppelen en open ShipBridge opnieuw in dat tabblad: het vult het formulier voor je in. Of kopieer deze waarden in deze volgorde. ShipBridge merkt het wanneer het klaar is.',
  'popup.handoff.stepsHere':
    'Dit tabblad toont het Sendcloud-paneel. In het Amazon-koppelformulier (Amazon > Koppelen) vult ShipBridge deze waarden voor je in: controleer ze en klik dan zelf op Koppelen in Sendcloud. ShipBridge merkt het wanneer het klaar is.',
  'popup.handoff.open': 'Sendcloud-koppelingen openen',
  'popup.handoff.candidates':
    'In Sendcloud onder een andere winkelnaam aangemaakt? Deze Amazon-integraties in Sendcloud zijn nog niet aan ShipBridge gekoppeld:',
  'popup.handoff.candidateNew': 'Nog geen bestellingen geïmporteerd',
  'popup.handoff.adopt': 'Gebruiken voor {country}',
  'popup.handoff.adopting': 'Wordt gekoppeld…',
  'popup.handoff.country': 'Marketplace',
  'popup.copy': 'Kopiëren',
  'popup.copied': 'Gekopieerd',
  'popup.listings.count': '{count|# aanbieding|# aanbiedingen} in {country}',
  'popup.listings.fix': 'Gewicht toevoegen',
  'popup.listings.more': 'Nog {count} tonen',
  'popup.listings.help':
    'Bestellingen worden alleen in je verzendplatform geïmporteerd als de aanbieding een verzendgewicht heeft.',
  'options.report.title': 'Voorraadrapport controleren',
  'options.report.help':
    'Download uit Seller Central een aanbiedingenbestand met het verzendgewicht van elke SKU, zoals het voorraadbestand van je productcategorie opgeslagen als tekst (.txt) of CSV, en kies het hier. ShipBridge toont elke SKU zonder verzendgewicht. Het bestand verlaat je computer nooit.',
  'options.report.file': 'Rapportbestand',
  'options.report.marketplace': 'Marketplace van dit rapport',
  'options.report.checking': 'Bezig met controleren…',
  'options.report.result':
    '{country}: {missing} van {rows} {rows|aanbieding|aanbiedingen} {missing|heeft|hebben} geen verzendgewicht.',
  'options.report.empty': 'Dit rapport bevat geen aanbiedingen.',
  'options.report.none':
    '{rows|De ene aanbieding in dit rapport heeft|Alle # aanbiedingen in dit rapport hebben} een verzendgewicht.',
  'options.report.export': 'Exporteren als CSV',
  'options.report.saved': 'De pop-up toont ze nu, met een link om elke aanbieding te verbeteren.',
  'report.empty': 'Dit bestand is leeg.',
  'report.binary':
    'Dit is geen tekstbestand. Een spreadsheetbestand (zoals een voorraadsjabloon, .xlsm of .xlsx) moet eerst vanuit de spreadsheet worden opgeslagen als tekst met tabs als scheidingsteken (.txt) of als CSV.',
  'report.encoding':
    'ShipBridge kon de tekst van dit bestand niet lezen. Open het in een spreadsheet en sla het op als “CSV UTF-8”.',
  'report.columns':
    'Geen kolommen voor SKU en verzendgewicht gevonden. Gebruik een bestand met een kolom “sku” en een gewichtskolom zoals “item_package_weight” of “website_shipping_weight”: rapporten met alleen SKU’s, prijzen en aantallen (zoals het rapport Alle aanbiedingen) bevatten geen gewicht.',
  'expiry.title': 'Autorisatie',
  'expiry.expires': '{developer} ({region}) heeft toegang tot je account tot {date}: nog {days|# dag|# dagen}.',
  'expiry.estimated':
    'Geschat op één jaar na het bewaren van de inloggegevens. Open Je apps beheren in Seller Central om de echte datum te lezen.',
  'expiry.expired':
    'De autorisatie van {developer} ({region}) is verlopen op {date}. Bestellingen worden niet meer geïmporteerd.',
  'expiry.renew':
    'Vernieuwen: open Je apps beheren, zoek {developer} en klik op Vernieuwen (of Inschakelen). Dezelfde token komt terug, dus er is niets opnieuw in te voeren bij je verzendplatform.',
  'expiry.open': 'Je apps beheren openen op {host}',
  'reminder.title': 'ShipBridge: Amazon-autorisatie',
  'alert.failingTitle': 'ShipBridge: bestellingen komen niet binnen',
  'alert.failing':
    'Amazon-koppeling mislukt volgens je verzendplatform: {countries}. Bestellingen van daar komen niet binnen. Open ShipBridge om te zien waarom en wat je kunt doen.',
  'alert.ended':
    'Je verzendplatform heeft de Amazon-koppeling niet meer voor: {countries}. Bestellingen van daar komen niet binnen. Open ShipBridge om opnieuw te koppelen als je daar nog verkoopt.',
  'alert.handoffTitle': 'ShipBridge: wachtende koppelingen',
  'alert.handoffConnected': 'Gekoppeld aan je verzendplatform: {countries}.',
  'alert.handoffConnecting': 'Overgedragen aan je verzendplatform, dat de koppeling nog aan het maken is: {countries}.',
  'alert.handoffFailing':
    'Gekoppeld, maar mislukt volgens je verzendplatform: {countries}. Open ShipBridge om te zien waarom.',
  'alert.handoffRefused': 'Niet gekoppeld: {countries}. Open ShipBridge om te zien waarom en wat je kunt doen.',
  'alert.unreadTitle': 'ShipBridge: koppelingen niet gecontroleerd',
  'alert.unread':
    'ShipBridge kan je koppelingen bij je verzendplatform niet lezen. {why} Tot dan kan het je niet melden als er een mislukt of stopt.',
  'badge.failing': '{count|# koppeling mislukt|# koppelingen mislukt}: {countries}',
  'reminder.purgeTitle': 'ShipBridge: inloggegevens nog niet overgedragen',
  'reminder.purge':
    'De inloggegevens van {account} worden over {days|# dag|# dagen} verwijderd, zoals je bewaartermijn zegt. Wil je ze houden, geef ze dan eerst aan je verzendplatform: open ShipBridge en klik op Koppelen.',
  'reminder.purgeNewToken':
    'Het nieuwe token van {account} wordt over {days|# dag|# dagen} verwijderd, zoals je bewaartermijn zegt. Wil je het houden, geef het dan eerst aan je verzendplatform: open ShipBridge en klik op Nieuw token doorgeven.',
  'options.data.title': 'Je gegevens',
  'options.data.help':
    'Alles wat ShipBridge bewaart, en hoe lang. Tokens en sleutels worden versleuteld opgeslagen en nooit geëxporteerd.',
  'options.data.accounts':
    'Vastgelegde accounts: {count} ({days|# dag|# dagen} bewaard; tokens alleen tot je verzendplatform ze heeft)',
  'options.data.integrations': 'Koppelingen: {count}',
  'options.data.listings': 'Aanbiedingen zonder gewicht: {count} ({days|# dag|# dagen} bewaard)',
  'options.data.authorizations':
    'Autorisatiedata: {count} ({days|# dag|# dagen} bewaard; die van je verzendplatform tot {days|# dag|# dagen} na afloop, voor de herinneringen)',
  'options.data.secrets': 'Versleutelde tokens en sleutels: {count} (tot overdracht of verwijdering)',
  'options.data.export': 'Exporteren als JSON',
  'options.data.delete': 'Alles verwijderen',
  'options.data.confirm':
    'Alle accounts, tokens, sleutels, aanbiedingen, koppelingen en instellingen uit ShipBridge verwijderen? Dit kan niet ongedaan worden gemaakt.',
  'options.data.confirmYes': 'Ja, alles verwijderen',
  'options.data.deleted': 'Alles is verwijderd.',
  'popup.connect.options': 'Dit land koppelen…',
  'popup.handoff.fill': 'Het Sendcloud-formulier in dit tabblad invullen',
  'popup.handoff.filled':
    '{count|# veld ingevuld. Controleer het|# velden ingevuld. Controleer ze} en klik dan zelf op Koppelen in Sendcloud.',
  'popup.handoff.notFound':
    'Geen Amazon-koppelformulier in dit tabblad. Kies in Sendcloud Amazon > Koppelen en probeer het opnieuw.',
};
