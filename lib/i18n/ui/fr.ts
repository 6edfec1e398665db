import type { Dictionary } from '../translate';
import type { UiKey } from './en';

export const fr: Dictionary<UiKey> = {
  'app.name': 'ShipBridge',
  'app.tagline': "Amazon Seller Central → plateforme d'expédition",
  'common.saved': 'Enregistré',
  'common.saveFailed':
    "Échec de l'enregistrement. Votre dernière modification n'a pas été conservée : veuillez réessayer.",
  'common.openOptions': 'Paramètres',

  'popup.access.missing':
    'ShipBridge n’a pas accès à Seller Central dans ce navigateur : il ne peut pas y saisir le développeur, enregistrer l’écran des identifiants ni signaler les offres. Autorisez-le, puis rechargez les onglets Seller Central ouverts.',
  'popup.access.allow': 'Autoriser sur Seller Central',
  'popup.accounts': 'Comptes enregistrés',
  'popup.connections': 'Connexions',
  'popup.listings': "Offres sans poids d'expédition",
  'popup.empty.title': 'Rien enregistré pour le moment',
  'popup.empty.body':
    "Commencez dans Seller Central : Paramètres > Autorisations des utilisateurs > Gérer vos applications > Autoriser un nouveau développeur. ShipBridge remplit les informations du développeur et enregistre pour vous l'écran des identifiants, affiché une seule fois.",
  'popup.empty.open': 'Ouvrir les autorisations des utilisateurs sur {host}',
  'popup.empty.listings': "Aucune offre sans poids trouvée jusqu'ici.",

  'options.title': 'Paramètres de ShipBridge',
  'options.developer.title': 'Identité du développeur',
  'options.developer.help':
    "Le développeur que votre plateforme d'expédition a enregistré auprès d'Amazon. ShipBridge le saisit dans le formulaire d'autorisation.",
  'options.developer.region.NA': 'Amérique du Nord',
  'options.developer.region.EU': 'Europe',
  'options.developer.region.FE': 'Extrême-Orient',
  'options.developer.useDefault': 'Utiliser la valeur par défaut : {name} / {id}',
  'options.developer.name': 'Nom du développeur',
  'options.developer.id': 'Numéro de compte du développeur',
  'options.developer.idInvalid': 'Un identifiant de développeur compte 12 chiffres, par exemple 3244-7764-4129.',
  'options.developer.nameInvalid': 'Saisissez le nom du développeur.',
  'options.developer.notSaved': 'Pas enregistré tant que les deux champs ne sont pas valides.',
  'options.defaults.title': 'Nouvelles intégrations',
  'options.defaults.importWeight': 'Importer les poids des colis depuis Amazon',
  'options.defaults.statusUpdate': 'Mettre à jour le statut de la commande sur Amazon quand le colis est',
  'options.defaults.onAnnouncement': 'annoncé au transporteur',
  'options.defaults.onHandover': 'remis au transporteur',
  'options.language.title': 'Langue',
  'options.language.auto': 'Comme le navigateur',
  'options.retention.title': 'Conservation des données',
  'options.retention.days': 'Supprimer les données enregistrées après (jours)',
  'options.retention.help':
    "Les noms de compte, offres et dates d'autorisation sont supprimés après ce nombre de jours, de même que les jetons qui n'ont pas été transmis d'ici là. Un compte ayant des connexions sur votre plateforme d'expédition garde son nom et ces connexions tant qu'elles y sont, pour que ShipBridge puisse afficher leur état et vous prévenir quand l'une est en échec. Seule la date de fin de l'autorisation de votre plateforme d'expédition est conservée, pour les rappels, jusqu'à ce qu'elle soit passée depuis aussi longtemps. Les jetons quittent ShipBridge dès que votre plateforme d'expédition les a reçus.",
  'options.retention.invalid': 'Saisissez un nombre entier de jours entre 1 et 365.',
  'options.features.title': 'Fonctions',
  'options.features.help': 'Désactivez toute fonction qui vous gêne sur Seller Central.',
  'feature.authorize-developer': "Remplir le formulaire d'autorisation du développeur",
  'feature.consent-check': "Vérifier quelle application demande l'accès sur la page de consentement d'Amazon",
  'feature.capture-credentials': "Enregistrer l'écran des identifiants affiché une seule fois",
  'feature.shipping-weight': "Signaler les offres sans poids d'expédition",
  'feature.authorization-expiry': "Me prévenir avant l'expiration de l'autorisation",

  'popup.account.unnamed': 'Vendeur {seller}',
  'popup.account.sellerId': 'Identifiant vendeur',
  'popup.account.marketplaces': 'Marketplaces',
  'popup.account.unknownMarketplace': 'Identifiant de marketplace inconnu {id} : vérifiez-le avant de connecter',
  'popup.account.token': 'Jeton',
  'popup.account.tokenGone': "Transmis à votre plateforme d'expédition",
  'popup.account.tokenPurged': 'Supprimé à la fin de la durée de conservation',
  'popup.account.captured': 'Enregistré le {time}',
  'popup.account.delete': 'Supprimer',
  'popup.account.deleteConfirm': 'Supprimer ce compte et son jeton de ShipBridge ?',
  'popup.account.deleteConfirmNoToken': 'Supprimer ce compte de ShipBridge ?',
  'popup.account.deleteConnected':
    'Toujours connecté à votre plateforme d’expédition : {countries}. Supprimer le compte ici ne déconnecte rien, et ShipBridge ne pourra plus déconnecter ensuite. Pour arrêter l’import des commandes, appuyez d’abord sur Déconnecter.',
  'popup.account.deleteNo': 'Conserver',
  'popup.paste.title': 'Coller les identifiants vous-même',
  'popup.paste.help':
    'Copiez toute la page des identifiants (identifiant vendeur, identifiants de marketplace, jeton) et collez-la ici.',
  'popup.paste.label': 'Texte des identifiants',
  'popup.paste.save': 'Enregistrer',
  'popup.paste.saved': 'Enregistré : vendeur {seller}, {count|# marketplace|# marketplaces}.',
  'popup.paste.notFound':
    "Aucun identifiant vendeur ni jeton trouvé dans ce texte. Collez toute la page, avec l'identifiant vendeur et le jeton.",
  'popup.paste.noMarketplace':
    'Ajoutez les identifiants de marketplace (par exemple « A13V1IB3VIYZZH (Amazon.fr) ») pour que ShipBridge connaisse la région.',
  'common.failed': "ShipBridge n'a pas pu le faire. Veuillez réessayer.",
  'options.backend.title': "Plateforme d'expédition",
  'options.backend.sendcloud': 'Sendcloud',
  'options.backend.connector': 'Connector API',
  'options.backend.publicKey': 'Clé publique',
  'options.backend.secretKey': 'Clé secrète',
  'options.backend.url': 'URL du backend',
  'options.backend.token': "Jeton d'API",
  'options.backend.urlInvalid': 'Saisissez une adresse https:// (http:// seulement pour localhost).',
  'options.backend.saveKeys': 'Enregistrer les clés',
  'options.backend.keySaved': 'Enregistrée (se termine par {hint})',
  'options.backend.keyMissing': 'Non définie',
  'options.backend.keysSaved': 'Clés enregistrées, chiffrées.',
  'options.backend.urlFirst': "Saisissez d'abord l'URL du backend : le jeton est conservé pour ce serveur.",
  'options.backend.nothingTyped': 'Aucune nouvelle clé saisie : les clés enregistrées restent inchangées.',
  'options.backend.test': 'Tester la connexion',
  'options.backend.testing': 'Test en cours…',
  'options.backend.testOk': 'Connecté à {name}.',
  'options.backend.testUnseen':
    "{count|Ces clés ne voient pas une connexion trouvée avec les clés enregistrées avant|Ces clés ne voient pas # connexions trouvées avec les clés enregistrées avant} : ce sont sans doute celles d'un autre compte. La fenêtre de la barre d'outils indique lesquelles.",
  'options.backend.appId': "ID de l'application SP-API de votre plateforme d'expédition",
  'options.backend.appIdHelp':
    "Facultatif. Sur la page de consentement d'Amazon, ShipBridge vous indique si l'application qui demande l'accès est celle-ci.",
  'options.backend.appIdInvalid': 'Un ID d’application ressemble à amzn1.sp.solution.… suivi d’un UUID.',
  'problem.not_configured': "Choisissez une plateforme d'expédition et saisissez ses clés dans les paramètres.",
  'problem.network':
    "Impossible de joindre votre plateforme d'expédition. Vérifiez l'adresse et votre connexion ; ShipBridge continue d'essayer.",
  'problem.timeout': "Votre plateforme d'expédition n'a pas répondu à temps ; ShipBridge continue d'essayer.",
  'problem.unauthorized':
    "Votre plateforme d'expédition a refusé les clés. Vérifiez le jeton d'API ou les clés dans les paramètres.",
  'problem.conflict': "Ce vendeur et ce pays sont déjà connectés à votre plateforme d'expédition avec un autre jeton.",
  'problem.validation': "Votre plateforme d'expédition a refusé certaines valeurs.",
  'problem.rate_limited': "Votre plateforme d'expédition demande de ralentir ; ShipBridge réessaie automatiquement.",
  'problem.unavailable':
    "Votre plateforme d'expédition est temporairement indisponible ; ShipBridge réessaie automatiquement.",
  'problem.not_found': "Votre plateforme d'expédition ne connaît plus cette intégration.",
  'problem.invalid_response':
    "Votre plateforme d'expédition a répondu quelque chose que ShipBridge ne comprend pas. Vérifiez son adresse dans les paramètres.",
  'problem.redirected':
    "Votre plateforme d'expédition a redirigé ShipBridge vers une autre adresse. ShipBridge n'envoie les clés et les jetons qu'à l'adresse indiquée : si votre plateforme a déménagé, saisissez sa nouvelle adresse dans les paramètres.",
  'problem.rejected': "Votre plateforme d'expédition a refusé la demande.",
  'problem.token_gone':
    "ShipBridge n'a pas pu envoyer le jeton : il a déjà été transmis à votre plateforme d'expédition, et ShipBridge n'en garde aucune copie.",
  'problem.token_unreadable':
    "ShipBridge ne peut plus lire le jeton qu'il avait enregistré (il est chiffré et sa clé a disparu). Enregistrez de nouveau les identifiants : autorisez de nouveau le développeur dans Seller Central ou collez-les ci-dessous, puis connectez ce pays.",
  'problem.platformSays': "Votre plateforme d'expédition indique : « {message} »",
  'problem.withPlatformWords': '{problem} « {message} »',
  'problem.awaiting_panel': 'En attente de la fin de votre saisie dans le panneau Sendcloud…',
  'problem.ended_at_backend':
    "Votre plateforme d'expédition n'a plus cette connexion (elle y a été supprimée) : les commandes de ce pays ne sont donc pas importées.",
  'problem.other_keys':
    "ShipBridge ne voit pas cette connexion avec les clés enregistrées maintenant : elles ne trouvent aucune des connexions trouvées avec les clés enregistrées avant, et sont donc sans doute celles d'un autre compte. Les enregistrer n'a rien changé sur votre plateforme d'expédition. Pour revoir son état, enregistrez dans les paramètres les clés du compte où elle a été créée.",
  'popup.connect.seenWithKeys': 'Trouvée la dernière fois avec les clés se terminant par « …{keys} ».',
  'popup.connect.endedRecreate':
    "Vous l'avez recréée vous-même dans le panneau Sendcloud ? Sous le nom de boutique « {shop} », ShipBridge la retrouve et l'affiche connectée.",
  'popup.failingSummary':
    "{count|Les commandes de ce pays ne sont pas importées|Les commandes de ces pays ne sont pas importées} : votre plateforme d'expédition signale la connexion Amazon en échec. Voir pourquoi et que faire :",
  'popup.endedSummary':
    "{count|Les commandes de ce pays ne sont pas importées : votre plateforme d'expédition n'a plus sa connexion Amazon (elle y a été supprimée)|Les commandes de ces pays ne sont pas importées : votre plateforme d'expédition n'a plus leurs connexions Amazon (elles y ont été supprimées)}. Voir pourquoi et que faire :",
  'popup.statusUnread':
    "Les statuts ci-dessous ne sont peut-être plus à jour : ShipBridge n'a pas pu les lire sur votre plateforme d'expédition. {why}",
  'popup.connect.note':
    "Chaque pays a besoin de sa propre intégration. Les e-mails de suivi restent désactivés pour les intégrations Amazon : les règles d'Amazon les interdisent.",
  'popup.connect.unconnected': 'Pas encore connectés : {countries}',
  'popup.connect.shopName': 'Nom de la boutique',
  'popup.connect.importWeight': 'Importer les poids des colis',
  'popup.connect.statusUpdate': 'Mettre à jour le statut quand le colis est',
  'popup.connect.connect': 'Connecter',
  'popup.connect.connectAll': 'Tout connecter',
  'popup.connect.tokenGone':
    "Le jeton de ce compte a été transmis à votre plateforme d'expédition, et ShipBridge n'en garde aucune copie. Pour connecter un pays qui n'est pas sur votre plateforme d'expédition, autorisez à nouveau le développeur dans Seller Central : ShipBridge enregistre le nouvel écran des identifiants, puis vous pourrez le connecter ici.",
  'popup.connect.tokenPurged':
    "Le jeton de ce compte a été supprimé le {time}, à la fin de la durée de conservation réglée dans les paramètres de ShipBridge. Pour connecter un pays qui n'est pas sur votre plateforme d'expédition, autorisez à nouveau le développeur dans Seller Central : ShipBridge enregistre le nouvel écran des identifiants, puis vous pourrez le connecter ici.",
  'popup.connect.disconnect': 'Déconnecter',
  'popup.connect.leaveEnded': 'Laisser déconnecté',
  'popup.connect.retryNow': 'Réessayer maintenant',
  'popup.connect.arrived': '{country} : {status}',
  'popup.connect.lastTry': 'Dernière tentative {time}',
  'popup.connect.nextTry': 'Prochaine tentative {time}',
  'popup.connect.cancel': 'Annuler',
  'popup.connect.trying': 'Nouvel essai…',
  'popup.connect.cancelling': 'Annulation…',
  'popup.connect.disconnecting': 'Déconnexion…',
  'popup.connect.disconnectFailed': 'La connexion pour {country} est toujours active. {why}',
  'popup.connect.unreachableNow':
    "Votre plateforme d'expédition est injoignable pour le moment. Réessayez dans quelques minutes.",
  'popup.connect.newToken':
    "Un nouveau jeton a été enregistré le {time}. Encore avec l'ancien : {countries}. Transmettez le nouveau jeton pour que leurs commandes continuent d'être importées ; chaque pays est reconnecté avec le même nom de boutique.",
  'popup.connect.handOver': 'Transmettre le nouveau jeton',
  'popup.connect.handingOver': 'Transmission…',
  'popup.connect.handOverFailed': "Le nouveau jeton n'a pas été transmis. {why}",
  'popup.connect.failingHelp':
    'Les commandes de {country} ne sont plus importées. La cause habituelle est une autorisation arrivée à échéance dans Seller Central : la renouveler dans Gérer vos applications rétablit le même jeton, et la connexion avec lui.',
  'popup.connect.otherBackend': "Chez {backend}, la plateforme d'expédition choisie auparavant.",
  'popup.connect.disconnectConfirm':
    "Déconnecter {country} ? Les commandes de ce pays ne seront plus importées dans votre plateforme d'expédition.",
  'popup.connect.lastSync': 'Dernière synchronisation {time}',
  'status.not_connected': 'Non connecté',
  'status.queued': 'En attente',
  'status.connecting': 'Connexion en cours',
  'status.connected': 'Connecté',
  'status.failing': 'En échec',
  'status.disconnected': 'Déconnecté',
  'status.unknown': 'État inconnu',
  'popup.handoff.title': 'Terminer dans Sendcloud',
  'popup.handoff.steps':
    "Sendcloud ne crée les intégrations Amazon que dans son panneau. Ouvrez-le, choisissez Amazon > Connecter, puis rouvrez ShipBridge dans cet onglet : il remplit le formulaire pour vous. Ou copiez ces valeurs dans cet ordre. ShipBridge s'en aperçoit quand c'est fait.",
  'popup.handoff.stepsHere':
    "Cet onglet affiche le panneau Sendcloud. Dans son formulaire de connexion Amazon (Amazon > Connecter), ShipBridge saisit ces valeurs pour vous : vérifiez-les, puis cliquez vous-même sur Connecter dans Sendcloud. ShipBridge s'en aperçoit quand c'est fait.",
  'popup.handoff.open': 'Ouvrir les intégrations Sendcloud',
  'popup.handoff.candidates':
    'Créée dans Sendcloud sous un autre nom de boutique ? Ces intégrations Amazon dans Sendcloud ne sont pas encore liées à ShipBridge :',
  'popup.handoff.candidateNew': 'Aucune commande importée pour l’instant',
  'popup.handoff.adopt': 'Utiliser pour {country}',
  'popup.handoff.adopting': 'Association…',
  'popup.handoff.country': 'Marketplace',
  'popup.copy': 'Copier',
  'popup.copied': 'Copié',
  'popup.listings.count': '{count|# offre|# offres} en {country}',
  'popup.listings.fix': 'Ajouter le poids',
  'popup.listings.more': 'Afficher {count} de plus',
  'popup.listings.help':
    "Les commandes ne sont importées dans votre plateforme d'expédition que si l'offre a un poids d'expédition.",
  'options.report.title': "Vérifier un rapport d'inventaire",
  'options.report.help':
    "Téléchargez depuis Seller Central un fichier d'offres contenant le poids d'expédition de chaque SKU, comme le fichier d'inventaire de votre catégorie de produits enregistré en texte (.txt) ou en CSV, et choisissez-le ici. ShipBridge liste chaque SKU sans poids d'expédition. Le fichier ne quitte jamais votre ordinateur.",
  'options.report.file': 'Fichier du rapport',
  'options.report.marketplace': 'Marketplace de ce rapport',
  'options.report.checking': 'Vérification…',
  'options.report.result':
    "{country} : {missing|# offre|# offres} sur {rows} {missing|n'a|n'ont} pas de poids d'expédition.",
  'options.report.empty': 'Ce rapport ne contient aucune offre.',
  'options.report.none':
    "{rows|L'unique offre de ce rapport a un poids d'expédition.|Les # offres de ce rapport ont toutes un poids d'expédition.}",
  'options.report.export': 'Exporter en CSV',
  'options.report.saved': 'La fenêtre de ShipBridge les liste maintenant, avec un lien pour corriger chacune.',
  'report.empty': 'Ce fichier est vide.',
  'report.binary':
    'Ce n’est pas un fichier texte. Un fichier de tableur (comme un modèle de fichier d’inventaire, .xlsm ou .xlsx) doit d’abord être enregistré depuis le tableur en texte délimité par des tabulations (.txt) ou en CSV.',
  'report.encoding':
    'ShipBridge n’a pas pu lire le texte de ce fichier. Ouvrez-le dans un tableur et enregistrez-le en « CSV UTF-8 ».',
  'report.columns':
    'Aucune colonne SKU et poids d’expédition trouvée. Utilisez un fichier avec une colonne « sku » et une colonne de poids comme « item_package_weight » ou « website_shipping_weight » : les rapports qui ne donnent que les SKU, prix et quantités (comme le rapport de toutes les offres) n’ont pas de poids.',
  'expiry.title': 'Autorisation',
  'expiry.expires':
    "{developer} ({region}) peut accéder à votre compte jusqu'au {date} : encore {days|# jour|# jours}.",
  'expiry.estimated':
    "Estimée à un an après l'enregistrement des identifiants. Ouvrez Gérer vos applications dans Seller Central pour lire la vraie date.",
  'expiry.expired':
    "L'autorisation de {developer} ({region}) a expiré le {date}. Les commandes ne sont plus importées.",
  'expiry.renew':
    "Pour renouveler : ouvrez Gérer vos applications, trouvez {developer} et cliquez sur Renouveler (ou Activer). Le même jeton revient : rien à ressaisir dans votre plateforme d'expédition.",
  'expiry.open': 'Ouvrir Gérer vos applications sur {host}',
  'reminder.title': 'ShipBridge : autorisation Amazon',
  'alert.failingTitle': 'ShipBridge : commandes non importées',
  'alert.failing':
    "Connexion Amazon en échec selon votre plateforme d'expédition : {countries}. Les commandes concernées ne sont pas importées. Ouvrez ShipBridge pour savoir pourquoi et que faire.",
  'alert.ended':
    "Votre plateforme d'expédition n'a plus la connexion Amazon pour : {countries}. Les commandes concernées ne sont pas importées. Ouvrez ShipBridge pour reconnecter si vous y vendez encore.",
  'alert.handoffTitle': 'ShipBridge : connexions en attente',
  'alert.handoffConnected': "Connecté à votre plateforme d'expédition : {countries}.",
  'alert.handoffConnecting': "Transmis à votre plateforme d'expédition, qui établit encore la connexion : {countries}.",
  'alert.handoffFailing':
    "Connecté, mais en échec selon votre plateforme d'expédition : {countries}. Ouvrez ShipBridge pour savoir pourquoi.",
  'alert.handoffRefused': 'Non connecté : {countries}. Ouvrez ShipBridge pour savoir pourquoi et que faire.',
  'alert.unreadTitle': 'ShipBridge : connexions non vérifiées',
  'alert.unread':
    "ShipBridge ne peut pas lire vos connexions sur votre plateforme d'expédition. {why} D'ici là, il ne peut pas vous prévenir si l'une échoue ou prend fin.",
  'badge.failing': '{count|# connexion en échec|# connexions en échec} : {countries}',
  'reminder.purgeTitle': 'ShipBridge : identifiants pas encore transmis',
  'reminder.purge':
    "Les identifiants de {account} seront supprimés dans {days|# jour|# jours}, selon votre réglage de conservation. Pour les garder, transmettez-les avant à votre plateforme d'expédition : ouvrez ShipBridge et cliquez sur Connecter.",
  'reminder.purgeNewToken':
    "Le nouveau jeton de {account} sera supprimé dans {days|# jour|# jours}, selon votre réglage de conservation. Pour le garder, transmettez-le avant à votre plateforme d'expédition : ouvrez ShipBridge et cliquez sur Transmettre le nouveau jeton.",
  'options.data.title': 'Vos données',
  'options.data.help':
    'Tout ce que ShipBridge conserve, et pour combien de temps. Les jetons et les clés sont stockés chiffrés et ne sont jamais exportés.',
  'options.data.accounts':
    "Comptes enregistrés : {count} (conservés {days|# jour|# jours} ; les jetons seulement jusqu'à ce que votre plateforme d'expédition les ait)",
  'options.data.integrations': 'Connexions : {count}',
  'options.data.listings': 'Offres sans poids : {count} (conservées {days|# jour|# jours})',
  'options.data.authorizations':
    "Dates d'autorisation : {count} (conservées {days|# jour|# jours} ; celle de votre plateforme d'expédition jusqu'à {days|# jour|# jours} après sa fin, pour les rappels)",
  'options.data.secrets': "Jetons et clés chiffrés : {count} (jusqu'à leur transmission ou suppression)",
  'options.data.export': 'Exporter en JSON',
  'options.data.delete': 'Tout supprimer',
  'options.data.confirm':
    'Supprimer de ShipBridge tous les comptes, jetons, clés, offres, connexions et paramètres ? Impossible à annuler.',
  'options.data.confirmYes': 'Oui, tout supprimer',
  'options.data.deleted': 'Tout a été supprimé.',
  'popup.connect.options': 'Connecter ce pays…',
  'popup.handoff.fill': 'Remplir le formulaire Sendcloud dans cet onglet',
  'popup.handoff.filled':
    '{count|# champ rempli. Vérifiez-le,|# champs remplis. Vérifiez-les,} puis cliquez vous-même sur Connecter dans Sendcloud.',
  'popup.handoff.notFound':
    'Aucun formulaire de connexion Amazon dans cet onglet. Dans Sendcloud, choisissez Amazon > Connecter, puis réessayez.',
};
