import type { Dictionary } from '../translate';
import type { UiKey } from './en';

export const it: Dictionary<UiKey> = {
  'app.name': 'ShipBridge',
  'app.tagline': 'Amazon Seller Central → piattaforma di spedizione',
  'common.saved': 'Salvato',
  'common.saveFailed': "Salvataggio non riuscito. L'ultima modifica non è stata conservata: riprova.",
  'common.openOptions': 'Impostazioni',
  'common.loading': 'Caricamento…',

  'popup.accounts': 'Account acquisiti',
  'popup.connections': 'Connessioni',
  'popup.listings': 'Offerte senza peso di spedizione',
  'popup.empty.title': 'Ancora nessun dato acquisito',
  'popup.empty.body':
    'Inizia da Seller Central: Impostazioni > Autorizzazioni utente > Visita Gestisci le tue app > Autorizza nuovo sviluppatore. ShipBridge compila i dati dello sviluppatore e salva per te la schermata delle credenziali, che viene mostrata una sola volta.',
  'popup.empty.open': 'Apri Autorizzazioni utente su {host}',
  'popup.empty.listings': 'Finora nessuna offerta senza peso.',

  'options.title': 'Impostazioni di ShipBridge',
  'options.developer.title': 'Identità dello sviluppatore',
  'options.developer.help':
    'Lo sviluppatore che la tua piattaforma di spedizione ha registrato presso Amazon. ShipBridge lo inserisce nel modulo di autorizzazione.',
  'options.developer.region.NA': 'Nord America',
  'options.developer.region.EU': 'Europa',
  'options.developer.region.FE': 'Estremo Oriente',
  'options.developer.useDefault': 'Usa il predefinito: {name} / {id}',
  'options.developer.name': 'Nome dello sviluppatore',
  'options.developer.id': 'ID sviluppatore',
  'options.developer.idInvalid': 'Un ID sviluppatore ha 12 cifre, per esempio 3244-7764-4129.',
  'options.developer.nameInvalid': 'Inserisci il nome dello sviluppatore.',
  'options.developer.notSaved': 'Non viene salvato finché entrambi i campi non sono validi.',
  'options.defaults.title': 'Nuove integrazioni',
  'options.defaults.importWeight': 'Importa i pesi dei pacchi da Amazon',
  'options.defaults.statusUpdate': "Aggiorna lo stato dell'ordine su Amazon quando il pacco è",
  'options.defaults.onAnnouncement': 'annunciato al corriere',
  'options.defaults.onHandover': 'consegnato al corriere',
  'options.language.title': 'Lingua',
  'options.language.auto': 'Come il browser',
  'options.retention.title': 'Conservazione dei dati',
  'options.retention.days': 'Elimina i dati acquisiti dopo (giorni)',
  'options.retention.help':
    'Nomi degli account, offerte e date di autorizzazione vengono eliminati dopo questo numero di giorni. I token lasciano ShipBridge non appena la tua piattaforma di spedizione li ha ricevuti.',
  'options.retention.invalid': 'Inserisci un numero intero di giorni da 1 a 365.',
  'options.features.title': 'Funzioni',
  'options.features.help': 'Disattiva qualsiasi funzione che ti intralcia su Seller Central.',
  'feature.authorize-developer': 'Compila il modulo di autorizzazione dello sviluppatore',
  'feature.capture-credentials': 'Salva la schermata delle credenziali mostrata una sola volta',
  'feature.shipping-weight': 'Segnala le offerte senza peso di spedizione',
  'feature.authorization-expiry': "Avvisami prima della scadenza dell'autorizzazione",

  'language.en': 'English',
  'language.it': 'Italiano',
  'language.de': 'Deutsch',
  'language.fr': 'Français',
  'language.es': 'Español',
  'language.nl': 'Nederlands',
};
