import type { Dictionary } from '../translate';
import type { PageKey } from './en';

export const it: Dictionary<PageKey> = {
  'panel.close': 'Chiudi',
  'panel.copy': 'Copia',
  'panel.copied': 'Copiato',
  'panel.showValues': 'Mostra i valori da copiare',
  'authorize.filled':
    'ShipBridge ha inserito lo sviluppatore per te: {name} / {id}. Controlla i dati, poi premi tu Successivo.',
  'authorize.kept': 'Avevi già compilato questi campi, quindi ShipBridge li ha lasciati come sono.',
  'authorize.idMismatch':
    "Questo ID sviluppatore ({found}) non è quello di {name} ({expected}). Con un ID sbagliato, un'altra persona ottiene l'accesso al tuo account.",
  'authorize.fix': 'Usa {expected}',
  'authorize.fillFailed': 'Questa pagina non ha accettato i valori. Copiali tu nel modulo:',
  'authorize.developerName': 'Nome dello sviluppatore',
  'authorize.developerId': 'ID sviluppatore',
  'agreements.note':
    'Amazon ti chiede di leggere e accettare questo punto di persona. ShipBridge non lo spunta mai per te.',
  'consent.unknown':
    "“{app}” chiede l'accesso al tuo account. ShipBridge non conosce l'app della tua piattaforma di spedizione (aggiungila nelle impostazioni): controlla il nome prima di confermare.",
  'consent.match':
    "“{app}” è l'app della tua piattaforma di spedizione. Se sei d'accordo, spunta la casella e premi tu Conferma.",
  'consent.mismatch':
    "“{app}” NON è l'app configurata per la tua piattaforma di spedizione. Non confermare se non sei sicuro di chi la richiede.",
  'capture.saved':
    'Salvato da ShipBridge: venditore {seller}, {count} marketplace, token …{hint}. Ora apri ShipBridge dalla barra degli strumenti del browser e collega questo account alla tua piattaforma di spedizione.',
  'capture.failed':
    'ShipBridge NON è riuscito a salvare queste credenziali. Non chiudere questa pagina: Amazon la mostra una sola volta. Copia ogni valore qui sotto.',
  'capture.orphaned':
    'ShipBridge è stato aggiornato mentre questa pagina era aperta e ora non può salvarla. Non chiudere questa pagina: copia ogni valore qui sotto.',
  'capture.sellerId': 'N. venditore',
  'capture.marketplace': 'Marketplace {country}',
  'capture.token': 'Token',
  'weight.missing':
    'Nessun peso di spedizione: gli ordini di questa offerta non verranno importati nella tua piattaforma di spedizione. Inserisci il peso del pacco.',
  'weight.advancedOff':
    'Attiva la Vista avanzata, poi apri Altri dettagli: ShipBridge controlla lì il peso di spedizione.',
  'weight.inventory':
    '{count|# offerta in questa pagina non ha un peso di spedizione: i suoi ordini|# offerte in questa pagina non hanno un peso di spedizione: i loro ordini} non verranno importati nella piattaforma di spedizione.',
  'weight.fix': 'Aggiungi il peso',
  'weight.find': 'Mostra riga',
  'weight.more':
    'Altre offerte senza peso in questa pagina: {count}. Il pulsante ShipBridge nella barra degli strumenti del browser le elenca tutte.',
};
