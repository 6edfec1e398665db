import type { Dictionary } from '../translate';
import type { UiKey } from './en';

export const es: Dictionary<UiKey> = {
  'app.name': 'ShipBridge',
  'app.tagline': 'Amazon Seller Central → plataforma de envíos',
  'common.saved': 'Guardado',
  'common.saveFailed': 'No se pudo guardar. Tu último cambio no se ha conservado: inténtalo de nuevo.',
  'common.openOptions': 'Ajustes',
  'common.loading': 'Cargando…',

  'popup.accounts': 'Cuentas guardadas',
  'popup.connections': 'Conexiones',
  'popup.listings': 'Ofertas sin peso de envío',
  'popup.empty.title': 'Todavía no hay nada guardado',
  'popup.empty.body':
    'Empieza en Seller Central: Configuración > Permisos de usuario > Gestionar tus aplicaciones > Autorizar un nuevo desarrollador. ShipBridge rellena los datos del desarrollador y guarda por ti la pantalla de credenciales, que solo se muestra una vez.',
  'popup.empty.open': 'Abrir Permisos de usuario en {host}',
  'popup.empty.listings': 'Hasta ahora no se ha encontrado ninguna oferta sin peso.',

  'options.title': 'Ajustes de ShipBridge',
  'options.developer.title': 'Identidad del desarrollador',
  'options.developer.help':
    'El desarrollador que tu plataforma de envíos registró en Amazon. ShipBridge lo rellena en el formulario de autorización.',
  'options.developer.region.NA': 'Norteamérica',
  'options.developer.region.EU': 'Europa',
  'options.developer.region.FE': 'Lejano Oriente',
  'options.developer.useDefault': 'Usar el predeterminado: {name} / {id}',
  'options.developer.name': 'Nombre del desarrollador',
  'options.developer.id': 'ID del desarrollador',
  'options.developer.idInvalid': 'Un ID de desarrollador tiene 12 dígitos, por ejemplo 3244-7764-4129.',
  'options.developer.nameInvalid': 'Introduce el nombre del desarrollador.',
  'options.developer.notSaved': 'No se guarda hasta que ambos campos sean válidos.',
  'options.defaults.title': 'Nuevas integraciones',
  'options.defaults.importWeight': 'Importar los pesos de los paquetes desde Amazon',
  'options.defaults.statusUpdate': 'Actualizar el estado del pedido en Amazon cuando el paquete se haya',
  'options.defaults.onAnnouncement': 'anunciado al transportista',
  'options.defaults.onHandover': 'entregado al transportista',
  'options.language.title': 'Idioma',
  'options.language.auto': 'El del navegador',
  'options.retention.title': 'Conservación de datos',
  'options.retention.days': 'Eliminar los datos guardados después de (días)',
  'options.retention.help':
    'Los nombres de cuenta, las ofertas y las fechas de autorización se eliminan tras este número de días. Los tokens salen de ShipBridge en cuanto tu plataforma de envíos los tiene.',
  'options.retention.invalid': 'Introduce un número entero de días entre 1 y 365.',
  'options.features.title': 'Funciones',
  'options.features.help': 'Desactiva cualquier función que te estorbe en Seller Central.',
  'feature.authorize-developer': 'Rellenar el formulario de autorización del desarrollador',
  'feature.capture-credentials': 'Guardar la pantalla de credenciales que solo se muestra una vez',
  'feature.shipping-weight': 'Señalar las ofertas sin peso de envío',
  'feature.authorization-expiry': 'Avisarme antes de que caduque la autorización',

  'language.en': 'English',
  'language.it': 'Italiano',
  'language.de': 'Deutsch',
  'language.fr': 'Français',
  'language.es': 'Español',
  'language.nl': 'Nederlands',
};
