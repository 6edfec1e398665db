/** Every feature a seller can switch off from the options page; the id is also its file name under lib/features/. */
export const FEATURE_IDS = [
  'authorize-developer',
  'consent-check',
  'capture-credentials',
  'shipping-weight',
  'authorization-expiry',
] as const;

export type FeatureId = (typeof FEATURE_IDS)[number];
