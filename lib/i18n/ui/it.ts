import type { Dictionary } from '../translate';
import type { UiKey } from './en';

export const it: Dictionary<UiKey> = {
  'app.name': 'ShipBridge',
  'app.tagline': 'Amazon Seller Central → piattaforma di spedizione',
  'common.saved': 'Salvato',
  'common.saveFailed': "Salvataggio non riuscito. L'ultima modifica non è stata conservata: riprova.",
  'common.openOptions': 'Impostazioni',

  'popup.access.missing':
    'In questo browser ShipBridge non ha accesso a Seller Central: lì non può inserire lo sviluppatore, salvare la schermata delle credenziali né segnalare le offerte. Consenti l’accesso, poi ricarica le schede di Seller Central aperte.',
  'popup.access.allow': 'Consenti su Seller Central',
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
    'Nomi degli account, offerte e date di autorizzazione vengono eliminati dopo questo numero di giorni, così come i token non ancora consegnati. Un account con collegamenti sulla tua piattaforma di spedizione conserva il nome e quei collegamenti finché esistono lì, perché ShipBridge possa mostrarne lo stato e avvisarti quando uno è in errore. Resta solo la data di scadenza dell’autorizzazione della tua piattaforma di spedizione, per i promemoria, finché non è passata da altrettanti giorni. I token lasciano ShipBridge non appena la tua piattaforma di spedizione li ha ricevuti.',
  'options.retention.invalid': 'Inserisci un numero intero di giorni da 1 a 365.',
  'options.features.title': 'Funzioni',
  'options.features.help': 'Disattiva qualsiasi funzione che ti intralcia su Seller Central.',
  'feature.authorize-developer': 'Compila il modulo di autorizzazione dello sviluppatore',
  'feature.consent-check': "Verifica quale app chiede l'accesso nella pagina di consenso di Amazon",
  'feature.capture-credentials': 'Salva la schermata delle credenziali mostrata una sola volta',
  'feature.shipping-weight': 'Segnala le offerte senza peso di spedizione',
  'feature.authorization-expiry': "Avvisami prima della scadenza dell'autorizzazione",

  'popup.account.unnamed': 'Venditore {seller}',
  'popup.account.sellerId': 'N. venditore',
  'popup.account.marketplaces': 'Marketplace',
  'popup.account.unknownMarketplace': 'ID marketplace sconosciuto {id}: verificalo prima di collegare',
  'popup.account.token': 'Token',
  'popup.account.tokenGone': 'Consegnato alla tua piattaforma di spedizione',
  'popup.account.tokenPurged': 'Eliminato alla fine del periodo di conservazione',
  'popup.account.captured': 'Acquisito il {time}',
  'popup.account.delete': 'Elimina',
  'popup.account.deleteConfirm': 'Eliminare questo account e il suo token da ShipBridge?',
  'popup.account.deleteConfirmNoToken': 'Eliminare questo account da ShipBridge?',
  'popup.account.deleteConnected':
    'Ancora collegato alla tua piattaforma di spedizione: {countries}. Eliminare l’account qui non scollega nulla, e dopo ShipBridge non potrà più scollegare. Per fermare l’importazione degli ordini, premi prima Scollega.',
  'popup.account.deleteNo': 'Mantieni',
  'popup.paste.title': 'Incolla tu le credenziali',
  'popup.paste.help': 'Copia tutta la pagina delle credenziali (N. venditore, ID marketplace, token) e incollala qui.',
  'popup.paste.label': 'Testo delle credenziali',
  'popup.paste.save': 'Salva',
  'popup.paste.saved': 'Salvato: venditore {seller}, {count} marketplace.',
  'popup.paste.notFound':
    'Nessun N. venditore e token trovati in questo testo. Incolla tutta la pagina, compresi N. venditore e token.',
  'popup.paste.noMarketplace':
    'Aggiungi gli ID marketplace (per esempio "APJ6JRA9NG5V4 (Amazon.it)") così ShipBridge conosce la regione.',
  'common.failed': 'ShipBridge non è riuscito a farlo. Riprova.',
  'options.backend.title': 'Piattaforma di spedizione',
  'options.backend.sendcloud': 'Sendcloud',
  'options.backend.connector': 'Connector API',
  'options.backend.publicKey': 'Chiave pubblica',
  'options.backend.secretKey': 'Chiave segreta',
  'options.backend.url': 'URL del backend',
  'options.backend.token': 'Token API',
  'options.backend.urlInvalid': 'Inserisci un indirizzo https:// (http:// solo per localhost).',
  'options.backend.saveKeys': 'Salva chiavi',
  'options.backend.keySaved': 'Salvata (termina con {hint})',
  'options.backend.keyMissing': 'Non impostata',
  'options.backend.keysSaved': 'Chiavi salvate, cifrate.',
  'options.backend.urlFirst': 'Inserisci prima l’URL del backend: il token viene conservato per quel server.',
  'options.backend.nothingTyped': 'Nessuna nuova chiave inserita: quelle salvate restano come sono.',
  'options.backend.test': 'Verifica connessione',
  'options.backend.testing': 'Verifica in corso…',
  'options.backend.testOk': 'Collegato a {name}.',
  'options.backend.testUnseen':
    '{count|Queste chiavi non vedono un collegamento trovato con le chiavi salvate prima|Queste chiavi non vedono # collegamenti trovati con le chiavi salvate prima}: sono probabilmente di un altro account. Il popup della barra degli strumenti mostra quali.',
  'options.backend.appId': "ID dell'app SP-API della tua piattaforma di spedizione",
  'options.backend.appIdHelp':
    "Facoltativo. Nella pagina di consenso di Amazon ShipBridge ti dice se l'app che chiede l'accesso è questa.",
  'options.backend.appIdInvalid': 'Un ID app ha la forma amzn1.sp.solution.… seguito da un UUID.',
  'problem.not_configured': 'Scegli una piattaforma di spedizione e inserisci le sue chiavi nelle impostazioni.',
  'problem.network':
    "Impossibile raggiungere la tua piattaforma di spedizione. Controlla l'indirizzo e la connessione; ShipBridge continua a riprovare.",
  'problem.timeout': 'La tua piattaforma di spedizione non ha risposto in tempo; ShipBridge continua a riprovare.',
  'problem.unauthorized':
    'La tua piattaforma di spedizione ha rifiutato le chiavi. Controlla il token API o le chiavi nelle impostazioni.',
  'problem.conflict':
    'Questo venditore e questo paese sono già collegati alla tua piattaforma di spedizione con un altro token.',
  'problem.validation': 'La tua piattaforma di spedizione ha rifiutato alcuni valori.',
  'problem.rate_limited':
    'La tua piattaforma di spedizione ha chiesto di rallentare; ShipBridge riprova automaticamente.',
  'problem.unavailable':
    'La tua piattaforma di spedizione non è disponibile al momento; ShipBridge riprova automaticamente.',
  'problem.not_found': 'La tua piattaforma di spedizione non conosce più questa integrazione.',
  'problem.invalid_response':
    'La tua piattaforma di spedizione ha risposto qualcosa che ShipBridge non capisce. Controlla il suo indirizzo nelle impostazioni.',
  'problem.redirected':
    'La tua piattaforma di spedizione ha reindirizzato ShipBridge a un altro indirizzo. ShipBridge invia chiavi e token solo all’indirizzo indicato: se la piattaforma si è spostata, inserisci il nuovo indirizzo nelle impostazioni.',
  'problem.rejected': 'La tua piattaforma di spedizione ha rifiutato la richiesta.',
  'problem.token_gone':
    'ShipBridge non ha potuto inviare il token: è già stato consegnato alla tua piattaforma di spedizione e ShipBridge non ne conserva copia.',
  'problem.token_unreadable':
    'ShipBridge non riesce più a leggere il token che aveva salvato (è cifrato e la sua chiave non c’è più). Salva di nuovo le credenziali: autorizza di nuovo lo sviluppatore in Seller Central, oppure incollale qui sotto, poi collega questo paese.',
  'problem.platformSays': 'La tua piattaforma di spedizione dice: «{message}»',
  'problem.withPlatformWords': '{problem} «{message}»',
  'problem.awaiting_panel': 'In attesa che tu finisca nel pannello Sendcloud…',
  'problem.ended_at_backend':
    'La tua piattaforma di spedizione non ha più questo collegamento (è stato rimosso lì), quindi gli ordini da questo paese non vengono importati.',
  'problem.other_keys':
    'ShipBridge non vede questo collegamento con le chiavi salvate ora: non trovano nessuno dei collegamenti trovati con le chiavi salvate prima, quindi sono probabilmente di un altro account. Salvarle non ha cambiato nulla sulla tua piattaforma di spedizione. Per rivederne lo stato, salva nelle impostazioni le chiavi dell’account in cui è stato creato.',
  'popup.connect.seenWithKeys': 'L’ultima volta è stato trovato con le chiavi che finiscono con «…{keys}».',
  'popup.connect.endedRecreate':
    'L’hai ricreata tu nel pannello di Sendcloud? Con il nome del negozio «{shop}» ShipBridge la trova e la mostra collegata.',
  'popup.failingSummary':
    '{count|Gli ordini da questo paese non vengono importati|Gli ordini da questi paesi non vengono importati}: la tua piattaforma di spedizione segnala in errore il collegamento Amazon. Vedi perché e cosa fare:',
  'popup.endedSummary':
    '{count|Gli ordini da questo paese non vengono importati: la tua piattaforma di spedizione non ha più il suo collegamento Amazon (è stato rimosso lì)|Gli ordini da questi paesi non vengono importati: la tua piattaforma di spedizione non ha più i loro collegamenti Amazon (sono stati rimossi lì)}. Vedi perché e cosa fare:',
  'popup.statusUnread':
    'Gli stati qui sotto potrebbero non essere aggiornati: ShipBridge non è riuscito a leggerli dalla tua piattaforma di spedizione. {why}',
  'popup.connect.note':
    'Ogni paese ha bisogno della sua integrazione. Le e-mail di tracciamento restano disattivate per le integrazioni Amazon: le regole di Amazon le vietano.',
  'popup.connect.unconnected': 'Non ancora collegati: {countries}',
  'popup.connect.shopName': 'Nome del negozio',
  'popup.connect.importWeight': 'Importa i pesi dei pacchi',
  'popup.connect.statusUpdate': "Aggiorna lo stato dell'ordine quando il pacco è",
  'popup.connect.connect': 'Collega',
  'popup.connect.connectAll': 'Collega tutti',
  'popup.connect.tokenGone':
    'Il token di questo account è stato consegnato alla tua piattaforma di spedizione e ShipBridge non ne conserva copia. Per collegare un paese che non è sulla tua piattaforma di spedizione, autorizza di nuovo lo sviluppatore in Seller Central: ShipBridge salva la nuova schermata delle credenziali, poi puoi collegarlo qui.',
  'popup.connect.tokenPurged':
    'Il token di questo account è stato eliminato il {time}, alla fine del periodo di conservazione scelto nelle impostazioni di ShipBridge. Per collegare un paese che non è sulla tua piattaforma di spedizione, autorizza di nuovo lo sviluppatore in Seller Central: ShipBridge salva la nuova schermata delle credenziali, poi puoi collegarlo qui.',
  'popup.connect.disconnect': 'Scollega',
  'popup.connect.leaveEnded': 'Lascia scollegato',
  'popup.connect.retryNow': 'Riprova ora',
  'popup.connect.arrived': '{country}: {status}',
  'popup.connect.lastTry': 'Ultimo tentativo {time}',
  'popup.connect.nextTry': 'Prossimo tentativo {time}',
  'popup.connect.cancel': 'Annulla',
  'popup.connect.trying': 'Nuovo tentativo…',
  'popup.connect.cancelling': 'Annullamento…',
  'popup.connect.disconnecting': 'Scollegamento…',
  'popup.connect.disconnectFailed': 'Il collegamento per {country} è ancora attivo. {why}',
  'popup.connect.unreachableNow':
    'Al momento non è possibile raggiungere la tua piattaforma di spedizione. Riprova tra qualche minuto.',
  'popup.connect.newToken':
    'Il {time} è stato salvato un nuovo token. Ancora con quello precedente: {countries}. Consegna il nuovo token perché i loro ordini continuino a essere importati; ogni paese viene ricollegato con lo stesso nome del negozio.',
  'popup.connect.handOver': 'Consegna il nuovo token',
  'popup.connect.handingOver': 'Consegna in corso…',
  'popup.connect.handOverFailed': 'Il nuovo token non è stato consegnato. {why}',
  'popup.connect.failingHelp':
    'Gli ordini da {country} non vengono importati. Di solito la causa è un’autorizzazione scaduta in Seller Central: rinnovarla in Gestisci le tue app riporta lo stesso token, e con esso il collegamento.',
  'popup.connect.otherBackend': 'Su {backend}, la piattaforma di spedizione scelta prima.',
  'popup.connect.disconnectConfirm':
    'Scollegare {country}? Gli ordini di questo paese non verranno più importati nella tua piattaforma di spedizione.',
  'popup.connect.lastSync': 'Ultima sincronizzazione {time}',
  'status.not_connected': 'Non collegato',
  'status.queued': 'In coda',
  'status.connecting': 'Collegamento in corso',
  'status.connected': 'Collegato',
  'status.failing': 'In errore',
  'status.disconnected': 'Scollegato',
  'status.unknown': 'Stato sconosciuto',
  'popup.handoff.title': 'Completa in Sendcloud',
  'popup.handoff.steps':
    "Sendcloud crea le integrazioni Amazon solo nel suo pannello. Aprilo, scegli Amazon > Collega e apri di nuovo ShipBridge in quella scheda: compila il modulo per te. Oppure copia questi valori in quest'ordine. ShipBridge se ne accorge quando hai finito.",
  'popup.handoff.stepsHere':
    'Questa scheda è il pannello di Sendcloud. Nel suo modulo di collegamento Amazon (Amazon > Collega) ShipBridge inserisce questi valori per te: controllali e premi tu Collega in Sendcloud. ShipBridge se ne accorge quando hai finito.',
  'popup.handoff.open': 'Apri le integrazioni Sendcloud',
  'popup.handoff.candidates':
    'L’hai creata in Sendcloud con un altro nome del negozio? Queste integrazioni Amazon in Sendcloud non sono ancora collegate a ShipBridge:',
  'popup.handoff.candidateNew': 'Nessun ordine ancora importato',
  'popup.handoff.adopt': 'Usala per {country}',
  'popup.handoff.adopting': 'Collegamento…',
  'popup.handoff.country': 'Marketplace',
  'popup.copy': 'Copia',
  'popup.copied': 'Copiato',
  'popup.listings.count': '{count|# offerta|# offerte} in {country}',
  'popup.listings.fix': 'Aggiungi il peso',
  'popup.listings.more': "{count|Mostra un'altra offerta|Mostra altre #}",
  'popup.listings.help':
    'Gli ordini vengono importati nella piattaforma di spedizione solo se l’offerta ha un peso di spedizione.',
  'options.report.title': 'Controlla un report di inventario',
  'options.report.help':
    'Scarica da Seller Central un file delle offerte che contenga il peso di spedizione di ogni SKU, come il file di inventario della tua categoria di prodotto salvato come testo (.txt) o CSV, e sceglilo qui. ShipBridge elenca ogni SKU senza peso di spedizione. Il file non lascia mai il tuo computer.',
  'options.report.file': 'File del report',
  'options.report.marketplace': 'Marketplace di questo report',
  'options.report.checking': 'Controllo in corso…',
  'options.report.result':
    '{country}: {missing|# offerta|# offerte} su {rows} non {missing|ha|hanno} un peso di spedizione.',
  'options.report.empty': 'Questo report non contiene offerte.',
  'options.report.none':
    '{rows|L’unica offerta di questo report ha|Tutte le # offerte di questo report hanno} un peso di spedizione.',
  'options.report.export': 'Esporta in CSV',
  'options.report.saved': 'Ora il popup le elenca, con un link per correggere ciascuna.',
  'report.empty': 'Questo file è vuoto.',
  'report.binary':
    'Questo non è un file di testo. Un file di foglio di calcolo (come un modello di file di inventario, .xlsm o .xlsx) va prima salvato dal foglio di calcolo come testo delimitato da tabulazioni (.txt) o come CSV.',
  'report.encoding':
    'ShipBridge non è riuscito a leggere il testo di questo file. Aprilo in un foglio di calcolo e salvalo come “CSV UTF-8”.',
  'report.columns':
    'Nessuna colonna SKU e peso di spedizione trovata. Usa un file con una colonna “sku” e una colonna del peso come “item_package_weight” o “website_shipping_weight”: i report con solo SKU, prezzi e quantità (come il Report di tutte le offerte) non hanno il peso.',
  'expiry.title': 'Autorizzazione',
  'expiry.expires':
    '{developer} ({region}) può accedere al tuo account fino al {date}: {days|manca # giorno|mancano # giorni}.',
  'expiry.estimated':
    'Stimata un anno dopo il salvataggio delle credenziali. Visita Gestisci le tue app in Seller Central per leggere la data reale.',
  'expiry.expired':
    "L'autorizzazione di {developer} ({region}) è scaduta il {date}. Gli ordini non vengono più importati.",
  'expiry.renew':
    'Per rinnovare: apri Gestisci le tue app, trova {developer} e premi Rinnova (o Attiva). Torna lo stesso token, quindi non c’è nulla da reinserire nella piattaforma di spedizione.',
  'expiry.open': 'Apri Gestisci le tue app su {host}',
  'reminder.title': 'ShipBridge: autorizzazione Amazon',
  'alert.failingTitle': 'ShipBridge: ordini non importati',
  'alert.failing':
    'Collegamento Amazon in errore secondo la tua piattaforma di spedizione: {countries}. Gli ordini da lì non vengono importati. Apri ShipBridge per vedere perché e cosa fare.',
  'alert.ended':
    'La tua piattaforma di spedizione non ha più il collegamento Amazon per: {countries}. Gli ordini da lì non vengono importati. Apri ShipBridge per ricollegarlo se vendi ancora lì.',
  'alert.handoffTitle': 'ShipBridge: collegamenti in attesa',
  'alert.handoffConnected': 'Collegato alla tua piattaforma di spedizione: {countries}.',
  'alert.handoffConnecting':
    'Consegnato alla tua piattaforma di spedizione, che sta ancora completando il collegamento: {countries}.',
  'alert.handoffFailing':
    'Collegato, ma in errore secondo la tua piattaforma di spedizione: {countries}. Apri ShipBridge per vedere perché.',
  'alert.handoffRefused': 'Non collegato: {countries}. Apri ShipBridge per vedere perché e cosa fare.',
  'alert.unreadTitle': 'ShipBridge: collegamenti non controllati',
  'alert.unread':
    'ShipBridge non riesce a leggere i tuoi collegamenti sulla piattaforma di spedizione. {why} Fino ad allora non può avvisarti se uno va in errore o termina.',
  'badge.failing': '{count|# collegamento in errore|# collegamenti in errore}: {countries}',
  'reminder.purgeTitle': 'ShipBridge: credenziali non ancora consegnate',
  'reminder.purge':
    'Le credenziali di {account} saranno eliminate tra {days|# giorno|# giorni}, come prevede la tua impostazione di conservazione. Per non perderle, consegnale prima alla tua piattaforma di spedizione: apri ShipBridge e premi Collega.',
  'reminder.purgeNewToken':
    'Il nuovo token di {account} sarà eliminato tra {days|# giorno|# giorni}, come prevede la tua impostazione di conservazione. Per non perderlo, consegnalo prima alla tua piattaforma di spedizione: apri ShipBridge e premi Consegna il nuovo token.',
  'options.data.title': 'I tuoi dati',
  'options.data.help':
    'Tutto ciò che ShipBridge conserva, e per quanto tempo. Token e chiavi sono salvati cifrati e non vengono mai esportati.',
  'options.data.accounts':
    'Account acquisiti: {count} (conservati {days|# giorno|# giorni}; i token solo finché la piattaforma di spedizione non li ha)',
  'options.data.integrations': 'Connessioni: {count}',
  'options.data.listings': 'Offerte senza peso: {count} (conservate {days|# giorno|# giorni})',
  'options.data.authorizations':
    'Date di autorizzazione: {count} (conservate {days|# giorno|# giorni}; quella della tua piattaforma di spedizione fino a {days|# giorno|# giorni} dopo la scadenza, per i promemoria)',
  'options.data.secrets': 'Token e chiavi cifrati: {count} (finché non vengono consegnati o eliminati)',
  'options.data.export': 'Esporta in JSON',
  'options.data.delete': 'Elimina tutto',
  'options.data.confirm':
    'Eliminare da ShipBridge tutti gli account, token, chiavi, offerte, connessioni e impostazioni? Non si può annullare.',
  'options.data.confirmYes': 'Sì, elimina tutto',
  'options.data.deleted': 'È stato eliminato tutto.',
  'popup.connect.options': 'Collega questo paese…',
  'popup.handoff.fill': 'Compila il modulo Sendcloud in questa scheda',
  'popup.handoff.filled':
    '{count|Compilato # campo. Controllalo,|Compilati # campi. Controllali,} poi premi tu Collega in Sendcloud.',
  'popup.handoff.notFound':
    'Nessun modulo di collegamento Amazon in questa scheda. In Sendcloud scegli Amazon > Collega, poi riprova.',
};
