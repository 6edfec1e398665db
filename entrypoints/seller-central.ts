// The script Seller Central pages run (declared in wxt.config.ts, on every Seller Central host). An
// unlisted script rather than a WXT content script: WXT's content-script context cost every page 2–5 ms.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startSellerCentral } from '@/lib/content/start';

export default defineUnlistedScript(() => {
  void startSellerCentral();
});
