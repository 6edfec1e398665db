// Addresses of shipping platforms, kept apart from the clients so that extension pages and the manifest
// (wxt.config.ts) can use them without bundling zod.
export const SENDCLOUD_API = 'https://panel.sendcloud.sc/api';
/** Sendcloud's panel, where the seller creates Amazon integrations (and ShipBridge may fill the form). */
export const SENDCLOUD_PANEL_ORIGIN = 'https://app.sendcloud.com';
export const SENDCLOUD_PANEL_INTEGRATIONS = `${SENDCLOUD_PANEL_ORIGIN}/v2/settings/integrations/manage`;

/** The hosts a Connector API server may be reached at over plain http (connector-api.md): this machine. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];
