import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useEffect, useRef, useState } from 'react';
import { db } from '@/lib/db';
import type { Account, Integration } from '@/lib/db/schemas';
import { ENDED_AT_BACKEND, OTHER_KEYS } from '@/lib/db/statuses';
import { formatDate } from '@/lib/i18n/dates';
import { marketplaceById, marketplaceName } from '@/lib/marketplaces';
import { send } from '@/lib/messaging/client';
import { manageYourAppsUrl, userPermissionsUrl } from '@/lib/seller-central/urls';
import type { OrderStatusUpdate, Settings } from '@/lib/settings/schema';
import { BusyButton } from '../BusyButton';
import { ConfirmButton } from '../ConfirmButton';
import { focusLost } from '../focus';
import { useI18n } from '../i18n';
import { useBackendProblem } from '../useBackendProblem';
import { countryGroupId } from './FailingSummary';
import { SendcloudHandoff } from './SendcloudHandoff';

interface Form {
  shopName: string;
  importPackageWeight: boolean;
  orderStatusUpdate: OrderStatusUpdate;
}

const CONNECTABLE = new Set(['not_connected', 'disconnected', undefined]);
/** Of those, the ones never at the platform: what "Connect all" connects (a disconnected one, on its own). */
const NEVER_CONNECTED = new Set(['not_connected', undefined]);
/** Waiting for the seller (in Sendcloud's panel, or for keys in the settings), not for a try of ShipBridge's. */
const WAITING_FOR_THE_SELLER = new Set(['awaiting_panel', 'not_configured']);
/** That, or waiting for the time a server asked for: trying sooner cannot help, so no Try now. */
const NOTHING_TO_TRY = new Set([...WAITING_FOR_THE_SELLER, 'rate_limited']);
/** A request that failed on these may work a little later (the other problems say what to mend). */
const TRY_LATER = new Set(['network', 'timeout', 'rate_limited', 'unavailable']);
/** Where a country the seller acted on is going: announced when it gets there. */
const ARRIVED = new Set(['connected', 'failing', 'not_connected', 'disconnected']);

/** "IT-ID:connected DE-ID:queued" (each country's status, as the effect below compares them) as a map. */
const statusMap = (statuses: string | undefined) =>
  new Map((statuses ? statuses.split(' ') : []).map((pair) => pair.split(':') as [string, Integration['status']]));
type Busy = 'retry' | 'cancel' | 'disconnect' | 'handOver';
/** What the background answers to a request that goes to the shipping platform. */
type PlatformReply =
  | { ok: false }
  | { ok: true; data: { ok: true } | { ok: false; problem: string; message: string | null } };
/** The key under which the account's own button (hand over a new token) keeps its state. */
const ACCOUNT = 'account';

/** The shipping platform an integration was made at, when it is not the one chosen now; else null. */
function platformChosenBefore(
  integration: Integration,
  settings: Settings,
  t: (key: 'options.backend.sendcloud' | 'options.backend.connector') => string,
): string | null {
  if (integration.backend !== settings.backend) return t(`options.backend.${integration.backend}`);
  const url = integration.backend === 'connector' ? integration.connectorUrl : null;
  if (!url || url === settings.connectorUrl) return null;
  try {
    return new URL(url).host; // another Connector API server than the one set now
  } catch {
    return url;
  }
}

/** What to do, in words, and the Seller Central page to do it on (a new tab). */
function Guidance({ text, href, link, testId }: { text: string; href: string; link: string; testId?: string }) {
  return (
    <div className="stack" data-testid={testId}>
      <p className="muted">{text}</p>
      <a className="button secondary" href={href} target="_blank" rel="noreferrer">
        {link}
      </a>
    </div>
  );
}

/** One captured account as the popup shows it. */
export interface AccountProps {
  account: Account;
  settings: Settings;
  /** Its integrations as read before the popup's first render (kept live by Connections). */
  initialIntegrations?: Integration[];
}

/** Every marketplace of one captured account: its status, and a form to hand it to the backend. */
export function Connections({ account, settings, initialIntegrations }: AccountProps) {
  const { t, locale } = useI18n();
  const describe = useBackendProblem();
  const integrations = useLiveQuery(
    () => db().integrations.where('accountId').equals(account.id).toArray(),
    [account.id],
    initialIntegrations,
  );
  // When each hand-off the platform asked to wait is tried next (they have no Try now). Asked only then.
  const waitingIds = (integrations ?? []).filter((i) => i.problem === 'rate_limited').map((i) => i.id);
  const nextTries = useLiveQuery(async () => {
    const entries = waitingIds.length ? await db().outbox.where('integrationId').anyOf(waitingIds).toArray() : [];
    return new Map(entries.map((entry) => [entry.integrationId, entry.nextAttemptAt]));
  }, [waitingIds.join(' ')]);
  const marketplaces = [...account.marketplaceIds, ...account.unknownMarketplaceIds];
  const [forms, setForms] = useState<Record<string, Form>>(() =>
    Object.fromEntries(
      marketplaces.map((id) => [
        id,
        {
          shopName: `${account.accountName ?? account.sellerId} ${marketplaceById(id)?.countryCode ?? ''}`
            .trim()
            .slice(0, 250),
          ...settings.newIntegration,
        },
      ]),
    ),
  );
  const [error, setError] = useState(false);
  // What each country's button is doing while the background answers (a request can take up to 20 s).
  const [busy, setBusy] = useState<Record<string, Busy>>({});
  // Why a country's Disconnect (or the account's hand-over) did not happen, said there.
  const [failed, setFailed] = useState<Record<string, string | null>>({});
  // The country whose button the seller pressed last. When that button goes with the change it asked for
  // (Connect: queued; Try now: connecting; Cancel: not connected; Disconnect: disconnected), keyboard focus
  // goes to the country's group instead of falling to the top of the page.
  const pressed = useRef<string | null>(null);
  const groups = useRef(new Map<string, HTMLElement>());
  // The countries the seller acted on, until they reach where they were going (Connected, Failing, Not
  // connected, Disconnected): that arrival is announced, unless focus moved there with it (its description
  // says it then). A change the seller did not ask for is not announced.
  const following = useRef(new Set<string>());
  const [news, setNews] = useState<[string, Integration['status']][]>([]);
  const statuses = integrations?.map((i) => `${i.marketplaceId}:${i.status}`).join(' ');
  const statusesBefore = useRef(statuses);
  useEffect(() => {
    if (statuses === statusesBefore.current) return;
    const before = statusMap(statusesBefore.current);
    statusesBefore.current = statuses;
    let focused: string | null = null;
    const id = pressed.current;
    if (id && focusLost()) {
      pressed.current = null;
      groups.current.get(id)?.focus();
      focused = id;
    }
    const arrived: [string, Integration['status']][] = [];
    for (const [marketplaceId, status] of statusMap(statuses)) {
      if (!following.current.has(marketplaceId) || !ARRIVED.has(status) || status === before.get(marketplaceId)) {
        continue;
      }
      following.current.delete(marketplaceId);
      if (marketplaceId !== focused) arrived.push([marketplaceId, status]);
    }
    if (arrived.length) setNews(arrived);
  }, [statuses]);
  if (!integrations) return null;
  const byMarketplace = new Map(integrations.map((i) => [i.marketplaceId, i]));
  const name = (id: string) => marketplaceName(id, locale);
  const open = marketplaces.filter((id) => CONNECTABLE.has(byMarketplace.get(id)?.status));
  // A country disconnected (by the seller, or at the platform) is connected again by its own Connect only:
  // "Connect all" for the countries not connected yet must not bring back one the seller ended on purpose.
  const fresh = open.filter((id) => NEVER_CONNECTED.has(byMarketplace.get(id)?.status));
  // Once the token has left (all handed over), a country disconnected since cannot be connected from here.
  const tokenHere = account.secretId !== null;

  /** A press for these countries: focus may move to the first, each is followed, and the region cleared. */
  const pressFor = (ids: string[]) => {
    pressed.current = ids[0] ?? null;
    for (const id of ids) following.current.add(id);
    setNews([]); // the same words again ("Italy: Connected") are news again
  };
  const connect = async (ids: string[]) => {
    // Connect goes with its form, Connect all with its button: focus then moves to the (first) country.
    pressFor(ids);
    const items = ids.map((marketplaceId) => ({
      accountId: account.id,
      marketplaceId,
      ...(forms[marketplaceId] as Form),
    }));
    const reply = await send('ui:connect', { items });
    setError(!reply.ok);
  };
  const doing = async (id: string, what: Busy, work: () => Promise<void>) => {
    pressFor([id]);
    setBusy((b) => ({ ...b, [id]: what }));
    try {
      await work();
    } finally {
      setBusy(({ [id]: _, ...rest }) => rest);
    }
  };
  /** A request to the platform under `key` (a country, or ACCOUNT): its button busy, why it failed said there. */
  const request = (key: string, what: Busy, work: () => Promise<PlatformReply>, say: (why: string) => string) =>
    doing(key, what, async () => {
      setFailed((f) => ({ ...f, [key]: null }));
      const reply = await work();
      const outcome = reply.ok ? reply.data : null;
      if (outcome?.ok) return;
      const why = !outcome
        ? t('common.failed')
        : TRY_LATER.has(outcome.problem)
          ? t('popup.connect.unreachableNow')
          : describe(outcome.problem, outcome.message);
      setFailed((f) => ({ ...f, [key]: say(why) }));
      // The press ended here, said at its button: what the platform reports of that country later is not
      // its outcome (neither announced nor a reason to move focus).
      following.current.delete(key);
      if (pressed.current === key) pressed.current = null;
    });
  const disconnect = (id: string, integration: Integration) => {
    return request(
      id,
      'disconnect',
      () => send('ui:disconnect', { integrationId: integration.id }),
      (why) => t('popup.connect.disconnectFailed', { country: name(id), why }),
    );
  };
  const leaveEnded = async (id: string, integration: Integration) => {
    const reply = await send('ui:leaveEnded', { integrationId: integration.id });
    setError(!reply.ok);
    // The button goes with the reason: focus stays with the country, whose description then says its status.
    if (reply.ok) groups.current.get(id)?.focus();
  };
  // Countries connected before the token captured last: it waits here until the seller hands it over.
  const onEarlierToken = marketplaces.filter((id) => byMarketplace.get(id)?.earlierToken);
  const handOver = () =>
    request(
      ACCOUNT,
      'handOver',
      () => send('ui:handOverNewToken', { accountId: account.id }),
      (why) => t('popup.connect.handOverFailed', { why }),
    );
  const setForm = (id: string, patch: Partial<Form>) =>
    setForms({ ...forms, [id]: { ...(forms[id] as Form), ...patch } });

  return (
    <section className="stack" aria-label={t('popup.connections')} data-testid="connections">
      <p className="sr-only" aria-live="polite" data-testid="status-news">
        {news
          .map(([id, status]) => t('popup.connect.arrived', { country: name(id), status: t(`status.${status}`) }))
          .join(' ')}
      </p>
      {fresh.length > 0 && <p>{t('popup.connect.unconnected', { countries: fresh.map(name).join(', ') })}</p>}
      {onEarlierToken.length > 0 && tokenHere ? (
        <div className="stack" data-testid="new-token">
          <p>
            {t('popup.connect.newToken', {
              time: formatDate(locale, 'dateTime', account.capturedAt),
              countries: onEarlierToken.map(name).join(', '),
            })}
          </p>
          <div className="row">
            <BusyButton
              busy={Boolean(busy[ACCOUNT])}
              busyLabel={t('popup.connect.handingOver')}
              onClick={() => void handOver()}
            >
              {t('popup.connect.handOver')}
            </BusyButton>
          </div>
          {failed[ACCOUNT] ? (
            <p className="error" role="alert">
              {failed[ACCOUNT]}
            </p>
          ) : null}
        </div>
      ) : null}
      {marketplaces.map((id) => {
        const integration = byMarketplace.get(id);
        const nextTry = integration && nextTries?.get(integration.id);
        const status = integration?.status ?? 'not_connected';
        // Not seen with the keys saved now (another account's): its status is not known, whatever it was.
        const unseen = integration?.problem === OTHER_KEYS;
        const form = forms[id] as Form;
        const fieldError = integration?.fieldErrors?.shop_name;
        const base = `${account.id}-${id}`;
        const elsewhere = integration?.remoteId ? platformChosenBefore(integration, settings, t) : null;
        // While it connects, the last attempt's problem is not its news any more (nor an error in red).
        const problemShown =
          Boolean(integration?.problem || integration?.message) && (status !== 'connecting' || unseen);
        return (
          <Fragment key={id}>
            {/* A group named by its country: a screen reader says which country a Disconnect or Connect is for. */}
            <fieldset
              ref={(group) => {
                if (group) groups.current.set(id, group);
                else groups.current.delete(id);
              }}
              id={countryGroupId(account.id, id)}
              tabIndex={-1}
              className="marketplace stack"
              aria-label={name(id)}
              // Focus comes here when the country's button goes with its change, or from the summary and the
              // notifications: its status is said with its name, and why, when the popup says why.
              aria-describedby={problemShown ? `${base}-status ${base}-problem` : `${base}-status`}
              data-testid="marketplace"
              data-marketplace={id}
            >
              <div className="row" style={{ justifyContent: 'space-between' }}>
                <strong>{name(id)}</strong>
                <span
                  id={`${base}-status`}
                  className={`badge ${unseen ? 'unknown' : status}${integration?.problem ? ' problem' : ''}`}
                  data-testid="status"
                >
                  {unseen ? t('status.unknown') : t(`status.${status}`)}
                </span>
              </div>
              {problemShown && integration ? (
                <p id={`${base}-problem`} className={status === 'queued' ? 'muted' : 'error'} role="status">
                  {describe(integration.problem, integration.message)}
                </p>
              ) : null}
              {unseen && integration?.seenWith ? (
                // Compared with the hints the settings show beside the keys saved now.
                <p className="muted" data-testid="seen-with-keys">
                  {t('popup.connect.seenWithKeys', { keys: integration.seenWith })}
                </p>
              ) : null}
              {integration?.backend === 'sendcloud' && (integration.problem === ENDED_AT_BACKEND || unseen) ? (
                // Sendcloud's list names no seller or marketplace: a connection made again there is found by its
                // shop name (refreshStatuses).
                <p className="muted" data-testid="ended-recreate">
                  {t('popup.connect.endedRecreate', { shop: integration.shopName })}
                </p>
              ) : null}
              {integration?.problem === ENDED_AT_BACKEND ? (
                // Removed there on purpose (by the seller or a colleague): said until the seller says so, not for
                // weeks. Nothing is asked of the platform.
                <div className="row">
                  <button type="button" className="secondary" onClick={() => void leaveEnded(id, integration)}>
                    {t('popup.connect.leaveEnded')}
                  </button>
                </div>
              ) : null}
              {elsewhere ? (
                // Read and disconnected there, not at the platform chosen since.
                <p className="muted">{t('popup.connect.otherBackend', { backend: elsewhere })}</p>
              ) : null}
              {status === 'failing' ? (
                // The usual cause: the authorization ended in Seller Central. Renewing brings the same token back.
                <Guidance
                  text={t('popup.connect.failingHelp', { country: name(id) })}
                  href={manageYourAppsUrl(account.host)}
                  link={t('expiry.open', { host: account.host })}
                />
              ) : null}
              {integration?.lastSyncAt && status === 'connected' ? (
                <p className="muted">
                  {t('popup.connect.lastSync', {
                    time: formatDate(locale, 'dateTime', integration.lastSyncAt),
                  })}
                </p>
              ) : null}
              {integration?.backend === 'sendcloud' && status === 'queued' && (
                <SendcloudHandoff integrationId={integration.id} />
              )}
              {status === 'queued' && integration?.problem && !WAITING_FOR_THE_SELLER.has(integration.problem) ? (
                // "Keeps trying" shown with when it last did: the seller sees it is not stuck.
                <p className="muted">
                  {t('popup.connect.lastTry', { time: formatDate(locale, 'dateTime', integration.updatedAt) })}
                </p>
              ) : null}
              {status === 'queued' && integration?.problem === 'rate_limited' && nextTry ? (
                <p className="muted">{t('popup.connect.nextTry', { time: formatDate(locale, 'dateTime', nextTry) })}</p>
              ) : null}
              {status === 'queued' && integration ? (
                <div className="row">
                  {integration.problem && !NOTHING_TO_TRY.has(integration.problem) ? (
                    // The seller's connection is back, or the platform answers again: no need to wait for the next try.
                    <BusyButton
                      className="secondary"
                      busy={Boolean(busy[id])}
                      busyLabel={busy[id] === 'retry' ? t('popup.connect.trying') : undefined}
                      onClick={() => void doing(id, 'retry', () => send('ui:retryNow', {}).then(() => undefined))}
                    >
                      {t('popup.connect.retryNow')}
                    </BusyButton>
                  ) : null}
                  {/* No dead end: a hand-off that waits for days can be stopped, and connected later anew. */}
                  <BusyButton
                    className="secondary"
                    busy={Boolean(busy[id])}
                    busyLabel={busy[id] === 'cancel' ? t('popup.connect.cancelling') : undefined}
                    onClick={() =>
                      void doing(id, 'cancel', () =>
                        send('ui:cancelHandoff', { integrationId: integration.id }).then(() => undefined),
                      )
                    }
                  >
                    {t('popup.connect.cancel')}
                  </BusyButton>
                </div>
              ) : null}
              {CONNECTABLE.has(integration?.status) && tokenHere ? (
                // Folded until wanted: with 25 marketplaces, 25 open forms make a slow, long popup.
                <details open={Boolean(fieldError)}>
                  <summary>{t('popup.connect.options')}</summary>
                  <label htmlFor={`${base}-shop`}>{t('popup.connect.shopName')}</label>
                  <input
                    id={`${base}-shop`}
                    type="text"
                    maxLength={250}
                    value={form.shopName}
                    aria-invalid={Boolean(fieldError)}
                    aria-describedby={fieldError ? `${base}-shop-error` : undefined}
                    onChange={(e) => setForm(id, { shopName: e.target.value })}
                  />
                  {fieldError && (
                    <p id={`${base}-shop-error`} className="error">
                      {t('problem.platformSays', { message: fieldError })}
                    </p>
                  )}
                  <label className="row">
                    <input
                      id={`${base}-weight`}
                      type="checkbox"
                      checked={form.importPackageWeight}
                      onChange={(e) => setForm(id, { importPackageWeight: e.target.checked })}
                    />
                    {t('popup.connect.importWeight')}
                  </label>
                  <label className="row">
                    {t('popup.connect.statusUpdate')}
                    <select
                      id={`${base}-status-update`}
                      value={form.orderStatusUpdate}
                      onChange={(e) => setForm(id, { orderStatusUpdate: e.target.value as OrderStatusUpdate })}
                    >
                      <option value="on_announcement">{t('options.defaults.onAnnouncement')}</option>
                      <option value="on_handover">{t('options.defaults.onHandover')}</option>
                    </select>
                  </label>
                  <div className="row">
                    <button type="button" disabled={!form.shopName.trim()} onClick={() => void connect([id])}>
                      {t('popup.connect.connect')}
                    </button>
                  </div>
                </details>
              ) : status === 'connected' || status === 'failing' ? (
                // Disconnecting stops a country's orders from importing: asked once more, like deleting an account.
                <div className="row">
                  <ConfirmButton
                    label={t('popup.connect.disconnect')}
                    busyLabel={busy[id] === 'disconnect' ? t('popup.connect.disconnecting') : undefined}
                    question={t('popup.connect.disconnectConfirm', { country: name(id) })}
                    yes={t('popup.connect.disconnect')}
                    no={t('popup.account.deleteNo')}
                    onYes={() => integration && void disconnect(id, integration)}
                  />
                </div>
              ) : null}
              {failed[id] && (status === 'connected' || status === 'failing') ? (
                <p className="error" role="alert">
                  {failed[id]}
                </p>
              ) : null}
            </fieldset>
            {/* Right under the first country it concerns (where a notification may have brought the seller). */}
            {id === open[0] && !tokenHere && (
              <Guidance
                text={
                  account.tokenPurgedAt
                    ? t('popup.connect.tokenPurged', { time: formatDate(locale, 'dateTime', account.tokenPurgedAt) })
                    : t('popup.connect.tokenGone')
                }
                href={userPermissionsUrl(account.host)}
                link={t('popup.empty.open', { host: account.host })}
                testId="token-gone"
              />
            )}
          </Fragment>
        );
      })}
      {fresh.length > 1 && tokenHere && (
        <div className="row">
          <button
            type="button"
            onClick={() => void connect(fresh.filter((id) => forms[id]?.shopName.trim()))}
            data-testid="connect-all"
          >
            {t('popup.connect.connectAll')}
          </button>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {t('common.failed')}
        </p>
      )}
    </section>
  );
}
