// Formats from seller-central.md §3. Kept free of zod so content scripts can use them at no cost.
export const MWS_TOKEN = /^amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const SELLER_ID = /^A[0-9A-Z]{9,15}$/;
export const MARKETPLACE_ID = /^[0-9A-Z]{10,14}$/;
export const REFRESH_TOKEN = /^Atzr\|[\x21-\x7e]{20,2000}$/;
export const SP_API_APP_ID =
  /^amzn1\.(?:sp\.solution|sellerapps\.app)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Amazon's documentation samples end in EXAMPLE; a value like that is never a real credential. */
export function isDocumentationSample(value: string): boolean {
  return /example/i.test(value);
}
