export const en = {
  'panel.close': 'Close',
  'panel.copy': 'Copy',
  'panel.copied': 'Copied',
  'panel.showValues': 'Show the values to copy',
  'authorize.filled':
    'ShipBridge filled in the developer for you: {name} / {id}. Check them, then press Next yourself.',
  'authorize.kept': 'You had already filled in these fields, so ShipBridge left them as they are.',
  'authorize.idMismatch':
    'This developer ID ({found}) is not the one of {name} ({expected}). With a wrong ID, someone else gets access to your account.',
  'authorize.fix': 'Use {expected}',
  'authorize.fillFailed': 'This page did not accept the values. Copy them into the form yourself:',
  'authorize.developerName': "Developer's name",
  'authorize.developerId': 'Developer ID',
  'agreements.note': 'Amazon asks you to read and accept this yourself. ShipBridge never ticks it for you.',
  'consent.unknown':
    '“{app}” is asking for access to your account. ShipBridge does not know the app of your shipping platform (add it in the settings), so check the name before you confirm.',
  'consent.match':
    '“{app}” is the app of your shipping platform. If you agree, tick the box and press Confirm yourself.',
  'consent.mismatch':
    '“{app}” is NOT the app configured for your shipping platform. Do not confirm unless you are sure who is asking.',
  'capture.saved':
    'Saved by ShipBridge: seller {seller}, {count|# marketplace|# marketplaces}, token …{hint}. Next: open ShipBridge from the browser toolbar and connect this account to your shipping platform.',
  'capture.failed':
    'ShipBridge could NOT save these credentials. Do not close this page: Amazon shows it only once. Copy each value below.',
  'capture.orphaned':
    'ShipBridge was updated while this page was open and cannot save it now. Do not close this page: copy each value below.',
  'capture.sellerId': 'Seller ID',
  'capture.marketplace': 'Marketplace {country}',
  'capture.token': 'Token',
  'weight.missing':
    'No shipping weight: orders of this listing will not import into your shipping platform. Enter the package weight.',
  'weight.advancedOff': 'Turn on Advanced View, then open More Details: ShipBridge checks the Shipping Weight there.',
  'weight.inventory':
    '{count|# listing on this page has no shipping weight: its orders|# listings on this page have no shipping weight: their orders} will not import into your shipping platform.',
  'weight.fix': 'Add the weight',
  'weight.find': 'Show row',
  'weight.more':
    'More listings without a weight on this page: {count}. The ShipBridge button in your browser toolbar lists them all.',
} as const;

export type PageKey = keyof typeof en;
