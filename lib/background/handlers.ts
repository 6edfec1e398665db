// Message handlers, grouped by concern; entrypoints/background only wires them to the router.
import { BackendError } from '../backends/errors';
import type { Handlers } from '../messaging/router';
import { saveAuthorizations } from './authorizations';
import { currentBackend, keyHints, saveBackendKeys } from './backend-keys';
import { deleteAccount, regionOfSender, saveCapture, savePastedCredentials } from './captures';
import {
  disconnect,
  handOverNewToken,
  handoffValues,
  leaveEnded,
  queueConnections,
  refreshStatuses,
  unseenWithKeysNow,
} from './connections';
import { deleteEverything, exportData } from './data';
import { flaggedSkusFor, recordListingWeight, saveReportResult } from './listings';
import { adoptSendcloudIntegration, askPanelNow, cancelHandoff, handoffCandidates, retryNow } from './outbox';
import { runReminders } from './reminders';

async function outcome<T>(work: () => Promise<T>) {
  try {
    return { ok: true as const, data: await work() };
  } catch (error) {
    const e = error instanceof BackendError ? error : new BackendError('network');
    return { ok: false as const, problem: e.code, message: e.serverMessage };
  }
}

export function handlers(version: string): Handlers {
  return {
    'page:ping': () => ({ version }),
    'page:credentials': (payload, sender) => {
      const origin = regionOfSender(sender.url);
      if (!origin) throw new Error('not a Seller Central page');
      return saveCapture(payload, origin.region, origin.host);
    },
    'page:listingWeight': async (report, sender) => {
      await recordListingWeight(report, new URL(sender.url ?? '').hostname);
      return {};
    },
    'page:flaggedSkus': async (_, sender) => ({ skus: await flaggedSkusFor(new URL(sender.url ?? '').hostname) }),
    'ui:saveReport': ({ marketplaceId, skus }) => saveReportResult(marketplaceId, skus),
    'page:authorizations': async ({ rows }, sender) => {
      const origin = regionOfSender(sender.url);
      if (!origin) throw new Error('not a Seller Central page');
      await saveAuthorizations(rows, origin.region, origin.host);
      void runReminders();
      return {};
    },
    'ui:exportData': () => exportData(),
    'ui:deleteEverything': async () => {
      await deleteEverything();
      return {};
    },
    'ui:ping': () => ({ version }),
    'ui:pasteCredentials': ({ text }) => savePastedCredentials(text),
    'ui:deleteAccount': async ({ accountId }) => {
      await deleteAccount(accountId);
      return {};
    },
    'ui:connect': ({ items }) => queueConnections(items),
    'ui:refreshStatus': () =>
      outcome(async () => {
        await askPanelNow();
        return refreshStatuses();
      }),
    'ui:retryNow': async () => {
      await retryNow();
      return {};
    },
    'ui:cancelHandoff': async ({ integrationId }) => ({ cancelled: await cancelHandoff(integrationId) }),
    'ui:leaveEnded': async ({ integrationId }) => ({ left: await leaveEnded(integrationId) }),
    'ui:handOverNewToken': ({ accountId }) => outcome(() => handOverNewToken(accountId)),
    'ui:disconnect': ({ integrationId }) =>
      outcome(async () => {
        await disconnect(integrationId);
        return {};
      }),
    'ui:handoffValues': ({ integrationId }) => handoffValues(integrationId),
    'ui:handoffCandidates': ({ integrationId }) =>
      outcome(async () => ({ candidates: await handoffCandidates(integrationId) })),
    'ui:adoptIntegration': ({ integrationId, remoteId }) =>
      outcome(async () => {
        await adoptSendcloudIntegration(integrationId, remoteId);
        return {};
      }),
    'ui:saveBackendKeys': async ({ connectorUrl, ...keys }) => {
      const hints = await saveBackendKeys(keys, connectorUrl);
      void retryNow();
      return { hints };
    },
    'ui:backendKeyHints': async ({ connectorUrl }) => ({ hints: await keyHints(connectorUrl) }),
    'ui:testConnection': () =>
      outcome(async () => {
        const result = await (await currentBackend()).testConnection();
        // It answers now: whatever waits for its next attempt need not wait any longer.
        void retryNow();
        // The connections read with these keys now: keys of another account are told here, where they were
        // typed, not only in the popup later.
        await refreshStatuses().catch(() => undefined);
        return { ...result, unseen: await unseenWithKeysNow() };
      }),
  };
}
