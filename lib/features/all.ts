import { authorizationExpiry } from './authorization-expiry';
import { authorizeDeveloper } from './authorize-developer';
import { captureCredentials } from './capture-credentials';
import { consentCheck } from './consent-check';
import { shippingWeight } from './shipping-weight';
import type { Feature } from './types';

/** Every feature the Seller Central content script can start, in the order they start. */
export const FEATURES: readonly Feature[] = [
  captureCredentials,
  authorizeDeveloper,
  consentCheck,
  shippingWeight,
  authorizationExpiry,
];
