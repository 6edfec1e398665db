import type { Dictionary } from '../translate';
import type { UiKey } from './en';

export const es: Dictionary<UiKey> = {
  'app.name': 'ShipBridge',
  'app.tagline': 'Amazon Seller Central → plataforma de envíos',
  'common.saved': 'Guardado',
  'common.saveFailed': 'No se pudo guardar. Tu último cambio no se ha conservado: inténtalo de nuevo.',
  'common.openOptions': 'Ajustes',

  'popup.access.missing':
    'ShipBridge no tiene acceso a Seller Central en este navegador: no puede introducir el desarrollador, guardar la pantalla de credenciales ni marcar ofertas. Permítelo y vuelve a cargar las pestañas de Seller Central abiertas.',
  'popup.access.allow': 'Permitir en Seller Central',
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
    'Los nombres de cuenta, las ofertas y las fechas de autorización se eliminan tras este número de días, igual que los tokens que no se hayan entregado para entonces. Una cuenta con conexiones en tu plataforma de envíos conserva su nombre y esas conexiones mientras sigan allí, para que ShipBridge pueda mostrar su estado y avisarte cuando una tenga errores. Solo la fecha en que termina la autorización de tu plataforma de envíos se conserva, para los recordatorios, hasta que haya pasado ese mismo tiempo. Los tokens salen de ShipBridge en cuanto tu plataforma de envíos los tiene.',
  'options.retention.invalid': 'Introduce un número entero de días entre 1 y 365.',
  'options.features.title': 'Funciones',
  'options.features.help': 'Desactiva cualquier función que te estorbe en Seller Central.',
  'feature.authorize-developer': 'Rellenar el formulario de autorización del desarrollador',
  'feature.consent-check': 'Comprobar qué aplicación solicita acceso en la página de consentimiento de Amazon',
  'feature.capture-credentials': 'Guardar la pantalla de credenciales que solo se muestra una vez',
  'feature.shipping-weight': 'Señalar las ofertas sin peso de envío',
  'feature.authorization-expiry': 'Avisarme antes de que caduque la autorización',

  'popup.account.unnamed': 'Vendedor {seller}',
  'popup.account.sellerId': 'ID de vendedor',
  'popup.account.marketplaces': 'Marketplaces',
  'popup.account.unknownMarketplace': 'ID de marketplace desconocido {id}: compruébalo antes de conectar',
  'popup.account.token': 'Token',
  'popup.account.tokenGone': 'Entregado a tu plataforma de envíos',
  'popup.account.tokenPurged': 'Eliminado al terminar el periodo de conservación',
  'popup.account.captured': 'Guardado el {time}',
  'popup.account.delete': 'Eliminar',
  'popup.account.deleteConfirm': '¿Eliminar esta cuenta y su token de ShipBridge?',
  'popup.account.deleteConfirmNoToken': '¿Eliminar esta cuenta de ShipBridge?',
  'popup.account.deleteConnected':
    'Sigue conectado a tu plataforma de envíos: {countries}. Eliminar la cuenta aquí no desconecta nada y después ShipBridge ya no podrá desconectar. Para dejar de importar pedidos, pulsa primero Desconectar.',
  'popup.account.deleteNo': 'Conservar',
  'popup.paste.title': 'Pega tú las credenciales',
  'popup.paste.help': 'Copia toda la página de credenciales (ID de vendedor, ID de marketplace, token) y pégala aquí.',
  'popup.paste.label': 'Texto de las credenciales',
  'popup.paste.save': 'Guardar',
  'popup.paste.saved': 'Guardado: vendedor {seller}, {count|# marketplace|# marketplaces}.',
  'popup.paste.notFound':
    'No se han encontrado ID de vendedor ni token en este texto. Pega toda la página, con el ID de vendedor y el token.',
  'popup.paste.noMarketplace':
    'Añade los ID de marketplace (por ejemplo "A1RKKUPIHCS9HS (Amazon.es)") para que ShipBridge conozca la región.',
  'common.failed': 'ShipBridge no ha podido hacerlo. Inténtalo de nuevo.',
  'options.backend.title': 'Plataforma de envíos',
  'options.backend.sendcloud': 'Sendcloud',
  'options.backend.connector': 'Connector API',
  'options.backend.publicKey': 'Clave pública',
  'options.backend.secretKey': 'Clave secreta',
  'options.backend.url': 'URL del backend',
  'options.backend.token': 'Token de API',
  'options.backend.urlInvalid': 'Introduce una dirección https:// (http:// solo para localhost).',
  'options.backend.saveKeys': 'Guardar claves',
  'options.backend.keySaved': 'Guardada (termina en {hint})',
  'options.backend.keyMissing': 'Sin definir',
  'options.backend.keysSaved': 'Claves guardadas, cifradas.',
  'options.backend.urlFirst': 'Introduce primero la URL del backend: el token se guarda para ese servidor.',
  'options.backend.nothingTyped': 'No has escrito ninguna clave nueva: las guardadas se quedan como están.',
  'options.backend.test': 'Probar conexión',
  'options.backend.testing': 'Probando…',
  'options.backend.testOk': 'Conectado a {name}.',
  'options.backend.testUnseen':
    '{count|Estas claves no ven una conexión encontrada con las claves guardadas antes|Estas claves no ven # conexiones encontradas con las claves guardadas antes}: probablemente son de otra cuenta. La ventana de la barra de herramientas muestra cuáles.',
  'options.backend.appId': 'ID de la aplicación SP-API de tu plataforma de envíos',
  'options.backend.appIdHelp':
    'Opcional. En la página de consentimiento de Amazon, ShipBridge te dice si la aplicación que pide acceso es esta.',
  'options.backend.appIdInvalid': 'Un ID de aplicación tiene la forma amzn1.sp.solution.… seguido de un UUID.',
  'problem.not_configured': 'Elige una plataforma de envíos e introduce sus claves en los ajustes.',
  'problem.network':
    'No se puede contactar con tu plataforma de envíos. Comprueba la dirección y tu conexión; ShipBridge sigue intentándolo.',
  'problem.timeout': 'Tu plataforma de envíos no ha respondido a tiempo; ShipBridge sigue intentándolo.',
  'problem.unauthorized':
    'Tu plataforma de envíos ha rechazado las claves. Comprueba el token de API o las claves en los ajustes.',
  'problem.conflict': 'Este vendedor y este país ya están conectados en tu plataforma de envíos con otro token.',
  'problem.validation': 'Tu plataforma de envíos ha rechazado algunos valores.',
  'problem.rate_limited': 'Tu plataforma de envíos ha pedido ir más despacio; ShipBridge reintenta automáticamente.',
  'problem.unavailable': 'Tu plataforma de envíos no está disponible por ahora; ShipBridge reintenta automáticamente.',
  'problem.not_found': 'Tu plataforma de envíos ya no conoce esta integración.',
  'problem.invalid_response':
    'Tu plataforma de envíos ha respondido algo que ShipBridge no entiende. Comprueba su dirección en los ajustes.',
  'problem.redirected':
    'Tu plataforma de envíos ha redirigido ShipBridge a otra dirección. ShipBridge envía claves y tokens solo a la dirección indicada: si tu plataforma ha cambiado de dirección, introduce la nueva en los ajustes.',
  'problem.rejected': 'Tu plataforma de envíos ha rechazado la solicitud.',
  'problem.token_gone':
    'ShipBridge no ha podido enviar el token: ya se entregó a tu plataforma de envíos y ShipBridge no guarda ninguna copia.',
  'problem.token_unreadable':
    'ShipBridge ya no puede leer el token que había guardado (está cifrado y su clave ya no existe). Vuelve a guardar las credenciales: autoriza de nuevo al desarrollador en Seller Central o pégalas abajo, y luego conecta este país.',
  'problem.platformSays': 'Tu plataforma de envíos dice: «{message}»',
  'problem.withPlatformWords': '{problem} «{message}»',
  'problem.awaiting_panel': 'Esperando a que termines en el panel de Sendcloud…',
  'problem.ended_at_backend':
    'Tu plataforma de envíos ya no tiene esta conexión (se eliminó allí), así que los pedidos de este país no se importan.',
  'problem.other_keys':
    'ShipBridge no ve esta conexión con las claves guardadas ahora: no encuentran ninguna de las conexiones encontradas con las claves guardadas antes, así que probablemente son de otra cuenta. Guardarlas no cambió nada en tu plataforma de envíos. Para volver a ver su estado, guarda en los ajustes las claves de la cuenta donde se creó.',
  'popup.connect.seenWithKeys': 'Se encontró por última vez con las claves que terminan en «…{keys}».',
  'popup.connect.endedRecreate':
    '¿La volviste a crear tú en el panel de Sendcloud? Con el nombre de tienda «{shop}» ShipBridge la encuentra y la muestra conectada.',
  'popup.failingSummary':
    '{count|Los pedidos de este país no se importan|Los pedidos de estos países no se importan}: tu plataforma de envíos indica errores en la conexión con Amazon. Mira por qué y qué hacer:',
  'popup.endedSummary':
    '{count|Los pedidos de este país no se importan: tu plataforma de envíos ya no tiene su conexión con Amazon (se eliminó allí)|Los pedidos de estos países no se importan: tu plataforma de envíos ya no tiene sus conexiones con Amazon (se eliminaron allí)}. Mira por qué y qué hacer:',
  'popup.statusUnread':
    'Puede que los estados de abajo no estén actualizados: ShipBridge no ha podido leerlos en tu plataforma de envíos. {why}',
  'popup.connect.note':
    'Cada país necesita su propia integración. Los correos de seguimiento siguen desactivados para las integraciones de Amazon: las normas de Amazon los prohíben.',
  'popup.connect.unconnected': 'Aún sin conectar: {countries}',
  'popup.connect.shopName': 'Nombre de la tienda',
  'popup.connect.importWeight': 'Importar los pesos de los paquetes',
  'popup.connect.statusUpdate': 'Actualizar el estado del pedido cuando el paquete se haya',
  'popup.connect.connect': 'Conectar',
  'popup.connect.connectAll': 'Conectar todos',
  'popup.connect.tokenGone':
    'El token de esta cuenta se entregó a tu plataforma de envíos y ShipBridge no guarda ninguna copia. Para conectar un país que no está en tu plataforma de envíos, vuelve a autorizar al desarrollador en Seller Central: ShipBridge guarda la nueva pantalla de credenciales y después podrás conectarlo aquí.',
  'popup.connect.tokenPurged':
    'El token de esta cuenta se eliminó el {time}, al terminar el periodo de conservación fijado en los ajustes de ShipBridge. Para conectar un país que no está en tu plataforma de envíos, vuelve a autorizar al desarrollador en Seller Central: ShipBridge guarda la nueva pantalla de credenciales y después podrás conectarlo aquí.',
  'popup.connect.disconnect': 'Desconectar',
  'popup.connect.leaveEnded': 'Dejar desconectado',
  'popup.connect.retryNow': 'Reintentar ahora',
  'popup.connect.arrived': '{country}: {status}',
  'popup.connect.lastTry': 'Último intento {time}',
  'popup.connect.nextTry': 'Próximo intento {time}',
  'popup.connect.cancel': 'Cancelar',
  'popup.connect.trying': 'Reintentando…',
  'popup.connect.cancelling': 'Cancelando…',
  'popup.connect.disconnecting': 'Desconectando…',
  'popup.connect.disconnectFailed': 'La conexión de {country} sigue activa. {why}',
  'popup.connect.unreachableNow':
    'Ahora mismo no se puede contactar con tu plataforma de envíos. Vuelve a intentarlo en unos minutos.',
  'popup.connect.newToken':
    'El {time} se guardó un token nuevo. Aún con el anterior: {countries}. Entrega el token nuevo para que sus pedidos se sigan importando; cada país se vuelve a conectar con el mismo nombre de tienda.',
  'popup.connect.handOver': 'Entregar el token nuevo',
  'popup.connect.handingOver': 'Entregando…',
  'popup.connect.handOverFailed': 'El token nuevo no se ha entregado. {why}',
  'popup.connect.failingHelp':
    'Los pedidos de {country} no se están importando. La causa habitual es una autorización vencida en Seller Central: renovarla en Gestionar tus aplicaciones recupera el mismo token y, con él, la conexión.',
  'popup.connect.otherBackend': 'En {backend}, la plataforma de envíos elegida antes.',
  'popup.connect.disconnectConfirm':
    '¿Desconectar {country}? Los pedidos de este país dejarán de importarse en tu plataforma de envíos.',
  'popup.connect.lastSync': 'Última sincronización {time}',
  'status.not_connected': 'Sin conectar',
  'status.queued': 'En cola',
  'status.connecting': 'Conectando',
  'status.connected': 'Conectado',
  'status.failing': 'Con errores',
  'status.disconnected': 'Desconectado',
  'status.unknown': 'Estado desconocido',
  'popup.handoff.title': 'Termina en Sendcloud',
  'popup.handoff.steps':
    'Sendcloud solo crea integraciones de Amazon en su panel. Ábrelo, elige Amazon > Conectar y vuelve a abrir ShipBridge en esa pestaña: rellena el formulario por ti. O copia estos valores en este orden. ShipBridge lo detecta cuando termines.',
  'popup.handoff.stepsHere':
    'Esta pestaña es el panel de Sendcloud. En su formulario de conexión de Amazon (Amazon > Conectar), ShipBridge introduce estos valores por ti: compruébalos y pulsa tú Conectar en Sendcloud. ShipBridge lo detecta cuando termines.',
  'popup.handoff.open': 'Abrir las integraciones de Sendcloud',
  'popup.handoff.candidates':
    '¿La creaste en Sendcloud con otro nombre de tienda? Estas integraciones de Amazon en Sendcloud aún no están vinculadas a ShipBridge:',
  'popup.handoff.candidateNew': 'Aún no ha importado pedidos',
  'popup.handoff.adopt': 'Usar para {country}',
  'popup.handoff.adopting': 'Vinculando…',
  'popup.handoff.country': 'Marketplace',
  'popup.copy': 'Copiar',
  'popup.copied': 'Copiado',
  'popup.listings.count': '{count|# oferta|# ofertas} en {country}',
  'popup.listings.fix': 'Añadir el peso',
  'popup.listings.more': 'Mostrar {count} más',
  'popup.listings.help': 'Los pedidos solo se importan en tu plataforma de envíos si la oferta tiene un peso de envío.',
  'options.report.title': 'Comprobar un informe de inventario',
  'options.report.help':
    'Descarga desde Seller Central un archivo de ofertas que incluya el peso de envío de cada SKU, como el archivo de inventario de tu categoría de productos guardado como texto (.txt) o CSV, y elígelo aquí. ShipBridge enumera cada SKU sin peso de envío. El archivo nunca sale de tu ordenador.',
  'options.report.file': 'Archivo del informe',
  'options.report.marketplace': 'Marketplace de este informe',
  'options.report.checking': 'Comprobando…',
  'options.report.result':
    '{country}: {missing} de {rows} {rows|oferta|ofertas} no {missing|tiene|tienen} peso de envío.',
  'options.report.empty': 'Este informe no contiene ofertas.',
  'options.report.none':
    '{rows|La única oferta de este informe tiene|Las # ofertas de este informe tienen} peso de envío.',
  'options.report.export': 'Exportar como CSV',
  'options.report.saved': 'La ventana de ShipBridge ya las muestra, con un enlace para corregir cada una.',
  'report.empty': 'Este archivo está vacío.',
  'report.binary':
    'Esto no es un archivo de texto. Un archivo de hoja de cálculo (como una plantilla de inventario, .xlsm o .xlsx) debe guardarse primero desde la hoja de cálculo como texto delimitado por tabulaciones (.txt) o como CSV.',
  'report.encoding':
    'ShipBridge no ha podido leer el texto de este archivo. Ábrelo en una hoja de cálculo y guárdalo como «CSV UTF-8».',
  'report.columns':
    'No se han encontrado columnas de SKU y peso de envío. Usa un archivo con una columna «sku» y una de peso como «item_package_weight» o «website_shipping_weight»: los informes que solo tienen SKU, precios y cantidades (como el informe de todas las ofertas) no incluyen el peso.',
  'expiry.title': 'Autorización',
  'expiry.expires':
    '{developer} ({region}) puede acceder a tu cuenta hasta el {date}: {days|queda # día|quedan # días}.',
  'expiry.estimated':
    'Estimada un año después de guardar las credenciales. Visita Gestionar tus aplicaciones en Seller Central para leer la fecha real.',
  'expiry.expired': 'La autorización de {developer} ({region}) caducó el {date}. Los pedidos ya no se importan.',
  'expiry.renew':
    'Para renovar: abre Gestionar tus aplicaciones, busca {developer} y pulsa Renovar (o Activar). Vuelve el mismo token, así que no hay nada que volver a introducir en tu plataforma de envíos.',
  'expiry.open': 'Abrir Gestionar tus aplicaciones en {host}',
  'reminder.title': 'ShipBridge: autorización de Amazon',
  'alert.failingTitle': 'ShipBridge: pedidos sin importar',
  'alert.failing':
    'Conexión con Amazon con errores según tu plataforma de envíos: {countries}. Los pedidos de allí no se importan. Abre ShipBridge para ver por qué y qué hacer.',
  'alert.ended':
    'Tu plataforma de envíos ya no tiene la conexión con Amazon de: {countries}. Los pedidos de allí no se importan. Abre ShipBridge para conectar de nuevo si sigues vendiendo allí.',
  'alert.handoffTitle': 'ShipBridge: conexiones en espera',
  'alert.handoffConnected': 'Conectado con tu plataforma de envíos: {countries}.',
  'alert.handoffConnecting': 'Entregado a tu plataforma de envíos, que aún está completando la conexión: {countries}.',
  'alert.handoffFailing':
    'Conectado, pero con errores según tu plataforma de envíos: {countries}. Abre ShipBridge para ver por qué.',
  'alert.handoffRefused': 'No conectado: {countries}. Abre ShipBridge para ver por qué y qué hacer.',
  'alert.unreadTitle': 'ShipBridge: conexiones sin comprobar',
  'alert.unread':
    'ShipBridge no puede leer tus conexiones en tu plataforma de envíos. {why} Hasta entonces no puede avisarte si una falla o termina.',
  'badge.failing': '{count|# conexión con errores|# conexiones con errores}: {countries}',
  'reminder.purgeTitle': 'ShipBridge: credenciales aún no entregadas',
  'reminder.purge':
    'Las credenciales de {account} se eliminarán en {days|# día|# días}, según tu ajuste de conservación. Para conservarlas, entrégalas antes a tu plataforma de envíos: abre ShipBridge y pulsa Conectar.',
  'reminder.purgeNewToken':
    'El token nuevo de {account} se eliminará en {days|# día|# días}, según tu ajuste de conservación. Para conservarlo, entrégalo antes a tu plataforma de envíos: abre ShipBridge y pulsa Entregar el token nuevo.',
  'options.data.title': 'Tus datos',
  'options.data.help':
    'Todo lo que ShipBridge guarda y durante cuánto tiempo. Los tokens y las claves se guardan cifrados y nunca se exportan.',
  'options.data.accounts':
    'Cuentas guardadas: {count} (se conservan {days|# día|# días}; los tokens solo hasta que tu plataforma de envíos los tenga)',
  'options.data.integrations': 'Conexiones: {count}',
  'options.data.listings': 'Ofertas sin peso: {count} (se conservan {days|# día|# días})',
  'options.data.authorizations':
    'Fechas de autorización: {count} (se conservan {days|# día|# días}; la de tu plataforma de envíos hasta {days|# día|# días} después de que termine, para los recordatorios)',
  'options.data.secrets': 'Tokens y claves cifrados: {count} (hasta entregarlos o eliminarlos)',
  'options.data.export': 'Exportar como JSON',
  'options.data.delete': 'Eliminar todo',
  'options.data.confirm':
    '¿Eliminar de ShipBridge todas las cuentas, tokens, claves, ofertas, conexiones y ajustes? No se puede deshacer.',
  'options.data.confirmYes': 'Sí, eliminar todo',
  'options.data.deleted': 'Se ha eliminado todo.',
  'popup.connect.options': 'Conectar este país…',
  'popup.handoff.fill': 'Rellenar el formulario de Sendcloud en esta pestaña',
  'popup.handoff.filled':
    '{count|# campo rellenado. Compruébalo|# campos rellenados. Compruébalos} y pulsa tú Conectar en Sendcloud.',
  'popup.handoff.notFound':
    'No hay ningún formulario de conexión de Amazon en esta pestaña. En Sendcloud, elige Amazon > Conectar y vuelve a intentarlo.',
};
