// Kept apart from the client so that extension pages can link to the panel without bundling zod.
export const SENDCLOUD_API = 'https://panel.sendcloud.sc/api';
/** Sendcloud's panel, where the seller creates Amazon integrations (and ShipBridge may fill the form). */
export const SENDCLOUD_PANEL_ORIGIN = 'https://app.sendcloud.com';
export const SENDCLOUD_PANEL_INTEGRATIONS = `${SENDCLOUD_PANEL_ORIGIN}/v2/settings/integrations/manage`;
