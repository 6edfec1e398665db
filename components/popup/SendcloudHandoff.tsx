import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SENDCLOUD_PANEL_INTEGRATIONS, SENDCLOUD_PANEL_ORIGIN } from '@/lib/backends/addresses';
import { formatDate } from '@/lib/i18n/dates';
import { LOCALES } from '@/lib/i18n/locales';
import { countryName, marketplaceByCountry } from '@/lib/marketplaces';
import { send } from '@/lib/messaging/client';
import { type ConnectFormResult, fillSendcloudConnectForm } from '@/lib/sendcloud/fill-connect-form';
import { BusyButton } from '../BusyButton';
import { useI18n } from '../i18n';
import { useBackendProblem } from '../useBackendProblem';
import { CopyButton } from './CopyButton';

type Values = { shopName: string; sellerId: string; countryCode: string; token: string | null };
type Candidate = { remoteId: string; shopName: string; lastSyncAt: number | null };

/** How often the open popup asks Sendcloud for integrations created under another shop name. */
const CANDIDATES_EVERY_MS = 10_000;

/**
 * The tab the popup was opened on, when it shows Sendcloud's panel. Its address is visible because opening
 * the popup there grants `activeTab`; a popup page open in a tab of its own is its own active tab.
 */
async function activeSendcloudTab(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined && tab.url?.startsWith(`${SENDCLOUD_PANEL_ORIGIN}/`) ? tab.id : null;
}

/** The one step Sendcloud's API lacks: the seller creates the integration in the panel, values at hand. */
export function SendcloudHandoff({ integrationId }: { integrationId: string }) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState<Values | null>(null);
  const describe = useBackendProblem();
  const [fillMessage, setFillMessage] = useState<{ text: string; error: boolean } | null>(null);
  // Created in the panel under another shop name, the integration is not found by name: the seller says
  // which one it is.
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [adoptProblem, setAdoptProblem] = useState<string | null>(null);
  const [adopting, setAdopting] = useState<string | null>(null);
  // Opened on Sendcloud's panel, the popup offers to fill its form; elsewhere it says how to get there.
  const [onSendcloud, setOnSendcloud] = useState(false);
  useEffect(() => {
    void activeSendcloudTab().then(
      (tabId) => setOnSendcloud(tabId !== null),
      () => undefined,
    );
  }, []);
  useEffect(() => {
    void send('ui:handoffValues', { integrationId }).then((r) => r.ok && setValues(r.data));
    const ask = () =>
      void send('ui:handoffCandidates', { integrationId }).then(
        (r) => r.ok && r.data.ok && setCandidates(r.data.data.candidates),
      );
    ask();
    const timer = setInterval(ask, CANDIDATES_EVERY_MS);
    return () => clearInterval(timer);
  }, [integrationId]);
  if (!values) return null;

  // One link at a time: Sendcloud is asked twice (the list, then the option), which can take seconds.
  const adopt = async (remoteId: string) => {
    setAdopting(remoteId);
    try {
      const reply = await send('ui:adoptIntegration', { integrationId, remoteId });
      if (!reply.ok) return setAdoptProblem(describe('rejected'));
      setAdoptProblem(reply.data.ok ? null : describe(reply.data.problem, reply.data.message));
    } finally {
      setAdopting(null);
    }
  };
  const country = countryName(values.countryCode, locale);

  // activeTab: the seller opened this popup on the Sendcloud tab, which grants access to that tab alone.
  const fillInTab = async () => {
    const v = values;
    try {
      const tabId = await activeSendcloudTab(); // the tab may have moved on since the popup opened
      if (tabId === null) throw new Error('not Sendcloud');
      const marketplace = marketplaceByCountry(v.countryCode);
      const [injection] = await browser.scripting.executeScript({
        target: { tabId },
        func: fillSendcloudConnectForm,
        args: [
          {
            shopName: v.shopName,
            sellerId: v.sellerId,
            marketplaceNames: [
              ...LOCALES.map((l) => countryName(v.countryCode, l)),
              v.countryCode,
              marketplace?.id ?? '',
            ],
            token: v.token,
          },
        ],
      });
      const result = injection?.result as ConnectFormResult | undefined;
      if (!result?.filled.length) throw new Error('no form');
      setFillMessage({ text: t('popup.handoff.filled', { count: result.filled.length }), error: false });
    } catch {
      setFillMessage({ text: t('popup.handoff.notFound'), error: true });
    }
  };
  const rows: [string, string, string][] = [
    [t('popup.connect.shopName'), values.shopName, values.shopName],
    [t('popup.account.sellerId'), values.sellerId, values.sellerId],
    [t('popup.handoff.country'), country, country],
  ];
  if (values.token) rows.push([t('popup.account.token'), `…${values.token.slice(-4)}`, values.token]);
  return (
    <div className="stack" data-testid="sendcloud-handoff">
      <strong>{t('popup.handoff.title')}</strong>
      {onSendcloud ? (
        <>
          <p className="muted">{t('popup.handoff.stepsHere')}</p>
          <button type="button" onClick={() => void fillInTab()} data-testid="fill-form">
            {t('popup.handoff.fill')}
          </button>
        </>
      ) : (
        <>
          <p className="muted">{t('popup.handoff.steps')}</p>
          <a className="button" href={SENDCLOUD_PANEL_INTEGRATIONS} target="_blank" rel="noreferrer">
            {t('popup.handoff.open')}
          </a>
        </>
      )}
      {fillMessage && (
        <p className={fillMessage.error ? 'error' : 'muted'} role="status">
          {fillMessage.text}
        </p>
      )}
      <ol>
        {rows.map(([label, shown, copy]) => (
          <li key={label} className="row">
            <span className="muted">{label}</span> <code>{shown}</code> <CopyButton value={copy} label={label} />
          </li>
        ))}
      </ol>
      {candidates.length > 0 && (
        <div className="stack" data-testid="handoff-candidates">
          <p className="muted">{t('popup.handoff.candidates')}</p>
          <ul>
            {candidates.map((c) => (
              <li key={c.remoteId} className="row">
                <code>{c.shopName}</code>
                {/* A new one has imported nothing yet; an old one importing for months is another shop's. */}
                <span className="muted">
                  {c.lastSyncAt === null
                    ? t('popup.handoff.candidateNew')
                    : t('popup.connect.lastSync', { time: formatDate(locale, 'dateTime', c.lastSyncAt) })}
                </span>
                <BusyButton
                  className="secondary"
                  busy={adopting !== null}
                  busyLabel={adopting === c.remoteId ? t('popup.handoff.adopting') : undefined}
                  onClick={() => void adopt(c.remoteId)}
                >
                  {t('popup.handoff.adopt', { country })}
                </BusyButton>
              </li>
            ))}
          </ul>
          {adoptProblem && (
            <p className="error" role="alert">
              {adoptProblem}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
