import { isSellerCentralUrl } from '../marketplaces';

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number };
}

export type SenderKind = 'page' | 'extension';

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    // URL gives "null" as origin for extension schemes in some engines: rebuild it from its parts.
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}

/**
 * Who sent a message: the extension's own pages, a content script in the top frame of a Seller Central
 * tab, or nobody we obey (null).
 */
export function classifySender(
  sender: SenderLike | undefined,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (!sender || sender.id !== extensionId) return null;
  const origin = originOf(sender.url);
  if (!origin) return null;
  if (sender.origin !== undefined && sender.origin !== origin) return null;
  if (origin === originOf(extensionOrigin)) return 'extension';
  if (!sender.tab || sender.frameId !== 0) return null;
  return isSellerCentralUrl(sender.url ?? '') ? 'page' : null;
}
