import type { Dictionary } from '../translate';
import type { PageKey } from './en';

export const fr: Dictionary<PageKey> = {
  'panel.close': 'Fermer',
  'panel.copy': 'Copier',
  'panel.copied': 'Copié',
  'panel.showValues': 'Afficher les valeurs à copier',
  'authorize.filled':
    'ShipBridge a saisi le développeur pour vous : {name} / {id}. Vérifiez-les, puis cliquez vous-même sur Suivant.',
  'authorize.kept': 'Vous aviez déjà rempli ces champs : ShipBridge les a laissés tels quels.',
  'authorize.idMismatch':
    "Cet identifiant de développeur ({found}) n'est pas celui de {name} ({expected}). Avec un mauvais identifiant, quelqu'un d'autre obtient l'accès à votre compte.",
  'authorize.fix': 'Utiliser {expected}',
  'authorize.fillFailed': "Cette page n'a pas accepté les valeurs. Copiez-les vous-même dans le formulaire :",
  'authorize.developerName': 'Nom du développeur',
  'authorize.developerId': 'Numéro de compte du développeur',
  'agreements.note':
    "Amazon vous demande de lire et d'accepter ceci vous-même. ShipBridge ne coche jamais cette case pour vous.",
  'consent.unknown':
    "« {app} » demande l'accès à votre compte. ShipBridge ne connaît pas l'application de votre plateforme d'expédition (ajoutez-la dans les paramètres) : vérifiez le nom avant de confirmer.",
  'consent.match':
    "« {app} » est l'application de votre plateforme d'expédition. Si vous êtes d'accord, cochez la case et cliquez vous-même sur Confirmer.",
  'consent.mismatch':
    "« {app} » n'est PAS l'application configurée pour votre plateforme d'expédition. Ne confirmez pas sans savoir qui fait la demande.",
  'capture.saved':
    'Enregistré par ShipBridge : vendeur {seller}, {count|# marketplace|# marketplaces}, jeton …{hint}. Ensuite, ouvrez ShipBridge depuis la barre d’outils du navigateur et connectez ce compte à votre plateforme d’expédition.',
  'capture.failed':
    'ShipBridge n’a PAS pu enregistrer ces identifiants. Ne fermez pas cette page : Amazon ne l’affiche qu’une fois. Copiez chaque valeur ci-dessous.',
  'capture.orphaned':
    'ShipBridge a été mis à jour pendant que cette page était ouverte et ne peut plus l’enregistrer. Ne fermez pas cette page : copiez chaque valeur ci-dessous.',
  'capture.sellerId': 'Identifiant vendeur',
  'capture.marketplace': 'Marketplace {country}',
  'capture.token': 'Jeton',
  'weight.missing':
    "Aucun poids d'expédition : les commandes de cette offre ne seront pas importées dans votre plateforme d'expédition. Saisissez le poids du colis.",
  'weight.advancedOff':
    "Activez la Vue avancée puis ouvrez Plus de détails : ShipBridge y vérifie le poids d'expédition.",
  'weight.inventory':
    "{count|# offre de cette page n'a pas de poids d'expédition : ses commandes ne seront pas importées|# offres de cette page n'ont pas de poids d'expédition : leurs commandes ne seront pas importées} dans votre plateforme d'expédition.",
  'weight.fix': 'Ajouter le poids',
  'weight.find': 'Voir la ligne',
  'weight.more':
    "Autres offres sans poids sur cette page : {count}. Le bouton ShipBridge de la barre d'outils de votre navigateur les liste toutes.",
};
