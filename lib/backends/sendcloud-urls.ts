// Kept apart from the client so that extension pages can link to the panel without bundling zod.
export const SENDCLOUD_API = 'https://panel.sendcloud.sc/api';
export const SENDCLOUD_PANEL_INTEGRATIONS = 'https://app.sendcloud.com/v2/settings/integrations/manage';
