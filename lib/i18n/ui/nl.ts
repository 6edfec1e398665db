import type { Dictionary } from '../translate';
import type { UiKey } from './en';

export const nl: Dictionary<UiKey> = {
  'app.name': 'ShipBridge',
  'app.tagline': 'Amazon Seller Central → verzendplatform',
  'common.saved': 'Opgeslagen',
  'common.saveFailed': 'Opslaan mislukt. Je laatste wijziging is niet bewaard: probeer het opnieuw.',
  'common.openOptions': 'Instellingen',
  'common.loading': 'Laden…',

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
    'Accountnamen, aanbiedingen en autorisatiedata worden na dit aantal dagen verwijderd. Tokens verlaten ShipBridge zodra je verzendplatform ze heeft.',
  'options.retention.invalid': 'Vul een geheel aantal dagen in van 1 tot 365.',
  'options.features.title': 'Functies',
  'options.features.help': 'Zet elke functie uit die je in Seller Central in de weg zit.',
  'feature.authorize-developer': 'Het autorisatieformulier voor de ontwikkelaar invullen',
  'feature.capture-credentials': 'Het eenmalige scherm met inloggegevens bewaren',
  'feature.shipping-weight': 'Aanbiedingen zonder verzendgewicht markeren',
  'feature.authorization-expiry': 'Herinner me voordat de autorisatie verloopt',

  'language.en': 'English',
  'language.it': 'Italiano',
  'language.de': 'Deutsch',
  'language.fr': 'Français',
  'language.es': 'Español',
  'language.nl': 'Nederlands',
};
