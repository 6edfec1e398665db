import type { Dictionary } from '../translate';
import type { PageKey } from './en';

export const es: Dictionary<PageKey> = {
  'panel.close': 'Cerrar',
  'panel.copy': 'Copiar',
  'panel.copied': 'Copiado',
  'panel.showValues': 'Mostrar los valores para copiar',
  'authorize.filled':
    'ShipBridge ha rellenado el desarrollador por ti: {name} / {id}. Compruébalo y pulsa tú Siguiente.',
  'authorize.kept': 'Ya habías rellenado estos campos, así que ShipBridge los ha dejado como estaban.',
  'authorize.idMismatch':
    'Este ID de desarrollador ({found}) no es el de {name} ({expected}). Con un ID equivocado, otra persona obtiene acceso a tu cuenta.',
  'authorize.fix': 'Usar {expected}',
  'authorize.fillFailed': 'Esta página no ha aceptado los valores. Cópialos tú en el formulario:',
  'authorize.developerName': 'Nombre del desarrollador',
  'authorize.developerId': 'ID del desarrollador',
  'agreements.note':
    'Amazon te pide que leas y aceptes esto personalmente. ShipBridge nunca marca esta casilla por ti.',
  'consent.unknown':
    '«{app}» solicita acceso a tu cuenta. ShipBridge no conoce la aplicación de tu plataforma de envíos (añádela en los ajustes): comprueba el nombre antes de confirmar.',
  'consent.match':
    '«{app}» es la aplicación de tu plataforma de envíos. Si estás de acuerdo, marca la casilla y pulsa tú Confirmar.',
  'consent.mismatch':
    '«{app}» NO es la aplicación configurada para tu plataforma de envíos. No confirmes si no estás seguro de quién lo solicita.',
  'capture.saved':
    'Guardado por ShipBridge: vendedor {seller}, {count|# marketplace|# marketplaces}, token …{hint}. Ahora abre ShipBridge desde la barra de herramientas del navegador y conecta esta cuenta a tu plataforma de envíos.',
  'capture.failed':
    'ShipBridge NO ha podido guardar estas credenciales. No cierres esta página: Amazon solo la muestra una vez. Copia cada valor de abajo.',
  'capture.orphaned':
    'ShipBridge se ha actualizado mientras esta página estaba abierta y ya no puede guardarla. No cierres esta página: copia cada valor de abajo.',
  'capture.sellerId': 'ID de vendedor',
  'capture.marketplace': 'Marketplace {country}',
  'capture.token': 'Token',
  'weight.missing':
    'Sin peso de envío: los pedidos de esta oferta no se importarán en tu plataforma de envíos. Introduce el peso del paquete.',
  'weight.advancedOff': 'Activa la Vista avanzada y abre Más detalles: ShipBridge comprueba allí el peso de envío.',
  'weight.inventory':
    '{count|# oferta de esta página no tiene peso de envío|# ofertas de esta página no tienen peso de envío}: sus pedidos no se importarán en tu plataforma de envíos.',
  'weight.fix': 'Añadir el peso',
  'weight.find': 'Ver fila',
  'weight.more':
    'Más ofertas sin peso en esta página: {count}. El botón de ShipBridge en la barra de herramientas del navegador las muestra todas.',
};
