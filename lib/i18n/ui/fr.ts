import type { Dictionary } from '../translate';
import type { UiKey } from './en';

export const fr: Dictionary<UiKey> = {
  'app.name': 'ShipBridge',
  'app.tagline': "Amazon Seller Central → plateforme d'expédition",
  'common.saved': 'Enregistré',
  'common.saveFailed':
    "Échec de l'enregistrement. Votre dernière modification n'a pas été conservée : veuillez réessayer.",
  'common.openOptions': 'Paramètres',
  'common.loading': 'Chargement…',

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
    "Les noms de compte, offres et dates d'autorisation sont supprimés après ce nombre de jours. Les jetons quittent ShipBridge dès que votre plateforme d'expédition les a reçus.",
  'options.retention.invalid': 'Saisissez un nombre entier de jours entre 1 et 365.',
  'options.features.title': 'Fonctions',
  'options.features.help': 'Désactivez toute fonction qui vous gêne sur Seller Central.',
  'feature.authorize-developer': "Remplir le formulaire d'autorisation du développeur",
  'feature.consent-check': "Vérifier quelle application demande l'accès sur la page de consentement d'Amazon",
  'feature.capture-credentials': "Enregistrer l'écran des identifiants affiché une seule fois",
  'feature.shipping-weight': "Signaler les offres sans poids d'expédition",
  'feature.authorization-expiry': "Me prévenir avant l'expiration de l'autorisation",

  'language.en': 'English',
  'language.it': 'Italiano',
  'language.de': 'Deutsch',
  'language.fr': 'Français',
  'language.es': 'Español',
  'language.nl': 'Nederlands',
};
