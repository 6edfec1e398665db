export const en = {
  'app.name': 'ShipBridge',
  'app.tagline': 'Amazon Seller Central → shipping platform',
  'common.saved': 'Saved',
  'common.saveFailed': 'Could not save. Your last change was not kept: please try again.',
  'common.openOptions': 'Settings',

  'popup.access.missing':
    'ShipBridge is not allowed on Seller Central in this browser, so it cannot fill in the developer, save the credentials screen or flag listings there. Allow it, then reload any Seller Central tab.',
  'popup.access.allow': 'Allow on Seller Central',
  'popup.accounts': 'Captured accounts',
  'popup.connections': 'Connections',
  'popup.listings': 'Listings without a shipping weight',
  'popup.empty.title': 'Nothing captured yet',
  'popup.empty.body':
    'Start in Seller Central: Settings > User Permissions > Visit Manage Your Apps > Authorize new developer. ShipBridge fills in the developer details and saves the one-time credentials screen for you.',
  'popup.empty.open': 'Open User Permissions on {host}',
  'popup.empty.listings': 'No listing without a weight found so far.',

  'options.title': 'ShipBridge settings',
  'options.developer.title': 'Developer identity',
  'options.developer.help':
    'The developer your shipping platform registered with Amazon. ShipBridge fills it in on the authorize-developer form.',
  'options.developer.region.NA': 'North America',
  'options.developer.region.EU': 'Europe',
  'options.developer.region.FE': 'Far East',
  'options.developer.useDefault': 'Use the default: {name} / {id}',
  'options.developer.name': "Developer's name",
  'options.developer.id': 'Developer ID',
  'options.developer.idInvalid': 'A developer ID has 12 digits, for example 3244-7764-4129.',
  'options.developer.nameInvalid': 'Enter the developer name.',
  'options.developer.notSaved': 'Not saved until both fields are valid.',
  'options.defaults.title': 'New integrations',
  'options.defaults.importWeight': 'Import package weights from Amazon',
  'options.defaults.statusUpdate': 'Update the order status on Amazon when the parcel is',
  'options.defaults.onAnnouncement': 'announced to the carrier',
  'options.defaults.onHandover': 'handed to the carrier',
  'options.language.title': 'Language',
  'options.language.auto': 'Same as the browser',
  'options.retention.title': 'Data retention',
  'options.retention.days': 'Delete captured data after (days)',
  'options.retention.help':
    'Account names, listings and authorization dates are deleted after this many days, and so are tokens not handed over by then. An account with connections at your shipping platform keeps its name and those connections for as long as they are there, so that ShipBridge can show their status and tell you when one fails. Only the date your shipping platform’s authorization ends is kept, for the reminders, until it has been over this long. Tokens leave ShipBridge as soon as your shipping platform has them.',
  'options.retention.invalid': 'Enter a whole number of days from 1 to 365.',
  'options.features.title': 'Features',
  'options.features.help': 'Switch off any feature that gets in your way on Seller Central.',
  'feature.authorize-developer': 'Fill in the authorize-developer form',
  'feature.consent-check': "Check which app asks for access on Amazon's consent page",
  'feature.capture-credentials': 'Save the one-time credentials screen',
  'feature.shipping-weight': 'Flag listings without a shipping weight',
  'feature.authorization-expiry': 'Remind me before the authorization expires',

  'popup.account.unnamed': 'Seller {seller}',
  'popup.account.sellerId': 'Seller ID',
  'popup.account.marketplaces': 'Marketplaces',
  'popup.account.unknownMarketplace': 'Unknown marketplace ID {id}: check it before connecting',
  'popup.account.token': 'Token',
  'popup.account.tokenGone': 'Handed to your shipping platform',
  'popup.account.tokenPurged': 'Deleted after the retention period',
  'popup.account.captured': 'Captured {time}',
  'popup.account.delete': 'Delete',
  'popup.account.deleteConfirm': 'Delete this account and its token from ShipBridge?',
  'popup.account.deleteConfirmNoToken': 'Delete this account from ShipBridge?',
  'popup.account.deleteConnected':
    'Still connected at your shipping platform: {countries}. Deleting the account here disconnects nothing, and afterwards ShipBridge can no longer disconnect. To stop orders importing, press Disconnect first.',
  'popup.account.deleteNo': 'Keep',
  'popup.paste.title': 'Paste the credentials yourself',
  'popup.paste.help': 'Copy the whole credentials page (Seller ID, marketplace IDs, token) and paste it here.',
  'popup.paste.label': 'Credentials text',
  'popup.paste.save': 'Save',
  'popup.paste.saved': 'Saved: seller {seller}, {count|# marketplace|# marketplaces}.',
  'popup.paste.notFound':
    'No Seller ID and token found in this text. Paste the whole page, including the Seller ID and the token.',
  'popup.paste.noMarketplace':
    'Add the marketplace IDs (for example "A1PA6795UKMFR9 (Amazon.de)") so ShipBridge knows the region.',
  'common.failed': 'ShipBridge could not do that. Please try again.',
  'options.backend.title': 'Shipping platform',
  'options.backend.sendcloud': 'Sendcloud',
  'options.backend.connector': 'Connector API',
  'options.backend.publicKey': 'Public key',
  'options.backend.secretKey': 'Secret key',
  'options.backend.url': 'Backend URL',
  'options.backend.token': 'API token',
  'options.backend.urlInvalid': 'Enter an https:// address (plain http:// only for localhost).',
  'options.backend.saveKeys': 'Save keys',
  'options.backend.keySaved': 'Saved (ends in {hint})',
  'options.backend.keyMissing': 'Not set',
  'options.backend.keysSaved': 'Keys saved, encrypted.',
  'options.backend.urlFirst': 'Enter the Backend URL first: the token is kept for that server.',
  'options.backend.nothingTyped': 'No new key typed: the saved ones stay as they are.',
  'options.backend.test': 'Test connection',
  'options.backend.testing': 'Testing…',
  'options.backend.testOk': 'Connected to {name}.',
  'options.backend.testUnseen':
    '{count|These keys cannot see a connection that the keys saved before found|These keys cannot see # connections that the keys saved before found}: they are probably another account’s. The toolbar popup shows which.',
  'options.backend.appId': 'SP-API app ID of your shipping platform',
  'options.backend.appIdHelp':
    'Optional. On Amazon’s consent page ShipBridge tells you whether the app asking for access is this one.',
  'options.backend.appIdInvalid': 'An app ID looks like amzn1.sp.solution.… followed by a UUID.',
  'problem.not_configured': 'Choose your shipping platform and enter its keys in the settings.',
  'problem.network':
    'Could not reach your shipping platform. Check the address and your connection; ShipBridge keeps trying.',
  'problem.timeout': 'Your shipping platform did not answer in time; ShipBridge keeps trying.',
  'problem.unauthorized': 'Your shipping platform refused the keys. Check the API token or keys in the settings.',
  'problem.conflict': 'This seller and country are already connected at your shipping platform with a different token.',
  'problem.validation': 'Your shipping platform refused some values.',
  'problem.rate_limited': 'Your shipping platform asked to slow down; ShipBridge retries automatically.',
  'problem.unavailable': 'Your shipping platform is temporarily unavailable; ShipBridge retries automatically.',
  'problem.not_found': 'Your shipping platform no longer knows this integration.',
  'problem.invalid_response':
    'Your shipping platform answered something ShipBridge does not understand. Check its address in the settings.',
  'problem.redirected':
    'Your shipping platform redirected ShipBridge to another address. ShipBridge sends keys and tokens only to the address it was given: if your platform has moved, enter its new address in the settings.',
  'problem.rejected': 'Your shipping platform refused the request.',
  'problem.token_gone':
    'ShipBridge could not send the token: it was already handed to your shipping platform, and ShipBridge keeps no copy.',
  'problem.token_unreadable':
    'ShipBridge could no longer read the token it had saved (it is encrypted, and its key is gone). Save the credentials again: authorize the developer again in Seller Central, or paste them below, then connect this country.',
  'problem.platformSays': 'Your shipping platform says: “{message}”',
  'problem.withPlatformWords': '{problem} “{message}”',
  'problem.awaiting_panel': 'Waiting for you to finish in the Sendcloud panel…',
  'problem.ended_at_backend':
    'Your shipping platform no longer has this connection (it was removed there), so orders from this country are not importing.',
  'problem.other_keys':
    'ShipBridge cannot see this connection with the keys saved now: they find none of the connections found with the keys saved before, so they are probably another account’s. Saving them changed nothing at your shipping platform. To see its status again, save the keys of the account it was made at in the settings.',
  'popup.connect.seenWithKeys': 'It was last found with the keys ending in “…{keys}”.',
  'popup.connect.endedRecreate':
    'Made it again in Sendcloud’s panel yourself? Under the shop name “{shop}” ShipBridge finds it and shows it connected.',
  'popup.failingSummary':
    '{count|Orders from this country are not importing|Orders from these countries are not importing}: your shipping platform reports the Amazon connection failing. See why and what to do:',
  'popup.endedSummary':
    '{count|Orders from this country are not importing: your shipping platform no longer has its Amazon connection (it was removed there)|Orders from these countries are not importing: your shipping platform no longer has their Amazon connections (they were removed there)}. See why and what to do:',
  'popup.statusUnread':
    'The statuses below may be out of date: ShipBridge could not read them from your shipping platform just now. {why}',
  'popup.connect.note':
    'Each country needs its own integration. Tracking e-mails stay off for Amazon integrations: Amazon’s rules forbid them.',
  'popup.connect.unconnected': 'Not connected yet: {countries}',
  'popup.connect.shopName': 'Shop name',
  'popup.connect.importWeight': 'Import package weights',
  'popup.connect.statusUpdate': 'Update order status when the parcel is',
  'popup.connect.connect': 'Connect',
  'popup.connect.connectAll': 'Connect all',
  'popup.connect.tokenGone':
    'The token of this account was handed to your shipping platform, and ShipBridge keeps no copy. To connect a country that is not at your shipping platform, authorize the developer again in Seller Central: ShipBridge saves the new credentials screen, then you can connect it here.',
  'popup.connect.tokenPurged':
    'The token of this account was deleted on {time}, at the end of the retention period set in ShipBridge’s settings. To connect a country that is not at your shipping platform, authorize the developer again in Seller Central: ShipBridge saves the new credentials screen, then you can connect it here.',
  'popup.connect.disconnect': 'Disconnect',
  'popup.connect.leaveEnded': 'Leave it disconnected',
  'popup.connect.retryNow': 'Try now',
  'popup.connect.arrived': '{country}: {status}',
  'popup.connect.lastTry': 'Last try {time}',
  'popup.connect.nextTry': 'Next try {time}',
  'popup.connect.cancel': 'Cancel',
  'popup.connect.trying': 'Trying…',
  'popup.connect.cancelling': 'Cancelling…',
  'popup.connect.disconnecting': 'Disconnecting…',
  'popup.connect.disconnectFailed': '{country} is still connected. {why}',
  'popup.connect.unreachableNow':
    'Your shipping platform could not be reached just now. Please try again in a few minutes.',
  'popup.connect.newToken':
    'A new token was saved on {time}. Still on the earlier one: {countries}. Hand the new token over to keep their orders importing; each country is connected again with the same shop name.',
  'popup.connect.handOver': 'Hand over the new token',
  'popup.connect.handingOver': 'Handing over…',
  'popup.connect.handOverFailed': 'The new token was not handed over. {why}',
  'popup.connect.failingHelp':
    'Orders from {country} are not importing. The usual cause is an authorization that has ended in Seller Central: renewing it in Manage Your Apps brings the same token back, and the connection with it.',
  'popup.connect.otherBackend': 'At {backend}, the shipping platform chosen before.',
  'popup.connect.disconnectConfirm':
    'Disconnect {country}? Orders from this country stop importing into your shipping platform.',
  'popup.connect.lastSync': 'Last sync {time}',
  'status.not_connected': 'Not connected',
  'status.queued': 'Queued',
  'status.connecting': 'Connecting',
  'status.connected': 'Connected',
  'status.failing': 'Failing',
  'status.disconnected': 'Disconnected',
  'status.unknown': 'Status unknown',
  'popup.handoff.title': 'Finish in Sendcloud',
  'popup.handoff.steps':
    'Sendcloud creates Amazon integrations only in its panel. Open it, choose Amazon > Connect, then open ShipBridge again on that tab: it fills in the form for you. Or copy these values in this order. ShipBridge notices when it is done.',
  'popup.handoff.stepsHere':
    'This tab is Sendcloud’s panel. On its Amazon connect form (Amazon > Connect), ShipBridge fills in these values for you: check them, then press Connect in Sendcloud yourself. ShipBridge notices when it is done.',
  'popup.handoff.open': 'Open Sendcloud integrations',
  'popup.handoff.candidates':
    'Created it in Sendcloud under another shop name? These Amazon integrations in Sendcloud are not linked to ShipBridge yet:',
  'popup.handoff.candidateNew': 'No orders imported yet',
  'popup.handoff.adopt': 'Use for {country}',
  'popup.handoff.adopting': 'Linking…',
  'popup.handoff.country': 'Marketplace',
  'popup.copy': 'Copy',
  'popup.copied': 'Copied',
  'popup.listings.count': '{count|# listing|# listings} in {country}',
  'popup.listings.fix': 'Add the weight',
  'popup.listings.more': 'Show {count} more',
  'popup.listings.help': 'Orders only import into your shipping platform when a listing has a shipping weight.',
  'options.report.title': 'Check an inventory report',
  'options.report.help':
    'Download from Seller Central a listings file that includes each SKU’s shipping weight, such as the inventory file of your product category saved as text (.txt) or CSV, and choose it here. ShipBridge lists every SKU without a shipping weight. The file never leaves your computer.',
  'options.report.file': 'Report file',
  'options.report.marketplace': 'Marketplace of this report',
  'options.report.checking': 'Checking…',
  'options.report.result':
    '{country}: {missing} of {rows} {rows|listing|listings} {missing|has|have} no shipping weight.',
  'options.report.empty': 'This report lists no listings.',
  'options.report.none':
    '{rows|The one listing in this report has|All # listings in this report have} a shipping weight.',
  'options.report.export': 'Export as CSV',
  'options.report.saved': 'The popup now lists them, with a link to fix each one.',
  'report.empty': 'This file is empty.',
  'report.binary':
    'This is not a text file. A spreadsheet file (such as an inventory file template, .xlsm or .xlsx) must first be saved from the spreadsheet as tab-delimited text (.txt) or CSV.',
  'report.encoding':
    'ShipBridge could not read the text of this file. Open it in a spreadsheet and save it as “CSV UTF-8”.',
  'report.columns':
    'No SKU and shipping-weight columns found. Use a file with a “sku” column and a weight column such as “item_package_weight” or “website_shipping_weight”: reports that list only SKUs, prices and quantities (such as the All Listings Report) have no weight.',
  'expiry.title': 'Authorization',
  'expiry.expires': '{developer} ({region}) can access your account until {date}: {days|# day|# days} left.',
  'expiry.estimated':
    'Estimated one year after the credentials were saved. Visit Manage Your Apps in Seller Central to read the real date.',
  'expiry.expired': 'The authorization of {developer} ({region}) expired on {date}. Orders no longer import.',
  'expiry.renew':
    'To renew: open Manage Your Apps, find {developer} and press Renew (or Enable). The same token comes back, so there is nothing to re-enter at your shipping platform.',
  'expiry.open': 'Open Manage Your Apps on {host}',
  'reminder.title': 'ShipBridge: Amazon authorization',
  'alert.failingTitle': 'ShipBridge: orders not importing',
  'alert.failing':
    'Amazon connection failing at your shipping platform: {countries}. Orders from there are not importing. Open ShipBridge to see why and what to do.',
  'alert.ended':
    'Your shipping platform no longer has the Amazon connection for: {countries}. Orders from there are not importing. Open ShipBridge to connect again if you still sell there.',
  'alert.handoffTitle': 'ShipBridge: connections that waited',
  'alert.handoffConnected': 'Connected at your shipping platform: {countries}.',
  'alert.handoffConnecting': 'Handed to your shipping platform, which is still connecting it: {countries}.',
  'alert.handoffFailing':
    'Connected, but your shipping platform reports it failing: {countries}. Open ShipBridge to see why.',
  'alert.handoffRefused': 'Not connected: {countries}. Open ShipBridge to see why and what to do.',
  'alert.unreadTitle': 'ShipBridge: connections not checked',
  'alert.unread':
    'ShipBridge cannot read your connections at your shipping platform. {why} Until then it cannot tell you when one fails or ends.',
  'badge.failing': '{count|# connection failing|# connections failing}: {countries}',
  'reminder.purgeTitle': 'ShipBridge: credentials not handed over yet',
  'reminder.purge':
    'The credentials of {account} will be deleted in {days|# day|# days}, as your retention setting says. To keep them, hand them to your shipping platform before then: open ShipBridge and press Connect.',
  'reminder.purgeNewToken':
    'The new token of {account} will be deleted in {days|# day|# days}, as your retention setting says. To keep it, hand it to your shipping platform before then: open ShipBridge and press Hand over the new token.',
  'options.data.title': 'Your data',
  'options.data.help':
    'Everything ShipBridge keeps, and for how long. Tokens and keys are stored encrypted and are never exported.',
  'options.data.accounts':
    'Captured accounts: {count} (kept {days|# day|# days}; tokens only until your shipping platform has them)',
  'options.data.integrations': 'Connections: {count}',
  'options.data.listings': 'Listings without a weight: {count} (kept {days|# day|# days})',
  'options.data.authorizations':
    'Authorization dates: {count} (kept {days|# day|# days}; your shipping platform’s until {days|# day|# days} after it ends, for the reminders)',
  'options.data.secrets': 'Encrypted tokens and keys: {count} (until handed over or deleted)',
  'options.data.export': 'Export as JSON',
  'options.data.delete': 'Delete everything',
  'options.data.confirm':
    'Delete every account, token, key, listing, connection record and setting from ShipBridge? This cannot be undone.',
  'options.data.confirmYes': 'Yes, delete everything',
  'options.data.deleted': 'Everything was deleted.',
  'popup.connect.options': 'Connect this country…',
  'popup.handoff.fill': 'Fill the Sendcloud form in this tab',
  'popup.handoff.filled':
    'Filled {count|# field. Check it,|# fields. Check them,} then press Connect in Sendcloud yourself.',
  'popup.handoff.notFound':
    'No Amazon connect form in this tab. In Sendcloud, choose Amazon > Connect, then try again.',
} as const;

export type UiKey = keyof typeof en;
