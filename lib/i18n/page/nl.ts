import type { Dictionary } from '../translate';
import type { PageKey } from './en';

export const nl: Dictionary<PageKey> = {
  'panel.close': 'Sluiten',
  'panel.copy': 'Kopiëren',
  'panel.copied': 'Gekopieerd',
  'panel.showValues': 'Waarden tonen om te kopiëren',
  'authorize.filled':
    'ShipBridge heeft de ontwikkelaar voor je ingevuld: {name} / {id}. Controleer de gegevens en klik dan zelf op Volgende.',
  'authorize.kept': 'Je had deze velden al ingevuld, dus ShipBridge heeft ze gelaten zoals ze waren.',
  'authorize.idMismatch':
    'Deze ontwikkelaars-ID ({found}) is niet die van {name} ({expected}). Met een verkeerde ID krijgt iemand anders toegang tot je account.',
  'authorize.fix': '{expected} gebruiken',
  'authorize.fillFailed': 'Deze pagina heeft de waarden niet overgenomen. Kopieer ze zelf naar het formulier:',
  'authorize.developerName': 'Naam van de ontwikkelaar',
  'authorize.developerId': 'Ontwikkelaars-ID',
  'agreements.note': 'Amazon vraagt je dit zelf te lezen en te accepteren. ShipBridge vinkt dit nooit voor je aan.',
  'consent.unknown':
    '“{app}” vraagt toegang tot je account. ShipBridge kent de app van je verzendplatform niet (voeg die toe in de instellingen): controleer de naam voordat je bevestigt.',
  'consent.match':
    '“{app}” is de app van je verzendplatform. Als je akkoord gaat, vink het vakje aan en klik zelf op Bevestigen.',
  'consent.mismatch':
    '“{app}” is NIET de app die voor je verzendplatform is ingesteld. Bevestig niet tenzij je zeker weet wie het vraagt.',
  'capture.saved':
    'Bewaard door ShipBridge: verkoper {seller}, {count|# marketplace|# marketplaces}, token …{hint}. Open nu ShipBridge via de werkbalk van de browser en koppel dit account aan je verzendplatform.',
  'capture.failed':
    'ShipBridge kon deze inloggegevens NIET bewaren. Sluit deze pagina niet: Amazon toont haar maar één keer. Kopieer elke waarde hieronder.',
  'capture.orphaned':
    'ShipBridge is bijgewerkt terwijl deze pagina open was en kan haar nu niet bewaren. Sluit deze pagina niet: kopieer elke waarde hieronder.',
  'capture.sellerId': 'Verkopers-ID',
  'capture.marketplace': 'Marketplace {country}',
  'capture.token': 'Token',
  'weight.missing':
    'Geen verzendgewicht: bestellingen van deze aanbieding worden niet in je verzendplatform geïmporteerd. Vul het pakketgewicht in.',
  'weight.advancedOff':
    'Zet de Geavanceerde weergave aan en open Meer details: daar controleert ShipBridge het verzendgewicht.',
  'weight.inventory':
    '{count|# aanbieding op deze pagina heeft geen verzendgewicht: de bestellingen ervan|# aanbiedingen op deze pagina hebben geen verzendgewicht: hun bestellingen} worden niet in je verzendplatform geïmporteerd.',
  'weight.fix': 'Gewicht toevoegen',
  'weight.find': 'Rij tonen',
  'weight.more':
    'Meer aanbiedingen zonder gewicht op deze pagina: {count}. De ShipBridge-knop in de werkbalk van je browser toont ze allemaal.',
};
