import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { db } from '@/lib/db';
import { browserLanguages } from '@/lib/i18n/locales';
import {
  byMarketplaceName,
  countryName,
  likelyMarketplace,
  MARKETPLACES,
  marketplaceById,
  marketplaceName,
} from '@/lib/marketplaces';
import { send } from '@/lib/messaging/client';
import type { ReportJob } from '@/lib/reports/report.worker';
import ReportWorker from '@/lib/reports/report.worker?worker';
import { legacyEncodingFor, type ReportProblem, type ReportResult, resultToCsv } from '@/lib/reports/weights';
import { useI18n } from '../i18n';

type State =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'done'; result: ReportResult; saved: boolean; fallback: string }
  | { step: 'failed'; problem: ReportProblem | 'failed' };

function runWorker(
  job: ReportJob,
): Promise<{ ok: true; result: ReportResult } | { ok: false; problem: ReportProblem }> {
  return new Promise((resolve) => {
    const worker = new ReportWorker();
    worker.onmessage = (e) => {
      resolve(e.data);
      worker.terminate();
    };
    worker.onerror = () => {
      resolve({ ok: false, problem: 'encoding' });
      worker.terminate();
    };
    worker.postMessage(job);
  });
}

export function ReportSection() {
  const { t, locale } = useI18n();
  // Until the seller picks one: the marketplace their accounts and browser point to (a German seller's
  // report is not the United States').
  const own = useLiveQuery(async () => (await db().accounts.toArray()).flatMap((a) => a.marketplaceIds), []);
  const [chosen, setMarketplaceId] = useState<string | null>(null);
  const marketplaceId = chosen ?? likelyMarketplace(browserLanguages(), own ?? []).id;
  const [state, setState] = useState<State>({ step: 'idle' });
  // Only the latest check of a section still shown answers: a file chosen before another one, or a check
  // still running when "Delete everything" started the page again, neither shows nor saves its result.
  const latestCheck = useRef(0);
  useEffect(
    () => () => {
      latestCheck.current++; // the section goes: no check running now is the latest any more
    },
    [],
  );

  const check = async (file: File) => {
    const id = ++latestCheck.current;
    const current = () => latestCheck.current === id;
    // Rows that name no marketplace belong to the one chosen now, whatever the list says later.
    const fallback = marketplaceId;
    setState({ step: 'checking' });
    // A file that is not Unicode is in the code page of the report's country.
    const legacyEncoding = legacyEncodingFor(marketplaceById(fallback)?.countryCode);
    const outcome = await runWorker({ file, legacyEncoding });
    if (!current()) return;
    if (!outcome.ok) return setState({ step: 'failed', problem: outcome.problem });
    // The result first; storing it for the popup follows and is announced when done.
    setState({ step: 'done', result: outcome.result, saved: false, fallback });
    // Every marketplace the report covers, even one with nothing missing: its old flags go.
    const perMarketplace = new Map<string, { skus: string[]; weighed: string[] }>();
    for (const column of Object.keys(outcome.result.rowsByMarketplace)) {
      const target = marketplaceById(column)?.id ?? fallback;
      const entry = perMarketplace.get(target) ?? { skus: [], weighed: [] };
      perMarketplace.set(target, {
        skus: entry.skus.concat(outcome.result.missing[column] ?? []),
        weighed: entry.weighed.concat(outcome.result.weighed[column] ?? []),
      });
    }
    let saved = true;
    for (const [marketplaceId, { skus, weighed }] of perMarketplace) {
      if (!current()) return;
      const reply = await send('ui:saveReport', { marketplaceId, skus, weighed });
      saved &&= reply.ok;
    }
    if (!current()) return;
    setState({ step: 'done', result: outcome.result, saved, fallback });
  };

  const exportCsv = (result: ReportResult, fallback: string) => {
    const url = URL.createObjectURL(new Blob([resultToCsv(result, fallback)], { type: 'text/csv' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: 'listings-without-weight.csv' });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section className="card stack" aria-labelledby="report-title" data-testid="report">
      <h2 id="report-title">{t('options.report.title')}</h2>
      <p className="muted">{t('options.report.help')}</p>
      <div className="row">
        <label htmlFor="report-marketplace">{t('options.report.marketplace')}</label>
        <select id="report-marketplace" value={marketplaceId} onChange={(e) => setMarketplaceId(e.target.value)}>
          {byMarketplaceName(MARKETPLACES, locale).map((m) => (
            <option key={m.id} value={m.id}>
              {countryName(m.countryCode, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <label htmlFor="report-file">{t('options.report.file')}</label>
        <input
          id="report-file"
          type="file"
          accept=".txt,.tsv,.csv,text/plain,text/csv,text/tab-separated-values"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void check(file);
          }}
        />
      </div>
      <div role="status" aria-live="polite" data-testid="report-status">
        {state.step === 'checking' && <p className="muted">{t('options.report.checking')}</p>}
        {state.step === 'failed' && (
          <p className="error">{state.problem === 'failed' ? t('common.failed') : t(`report.${state.problem}`)}</p>
        )}
        {state.step === 'done' && (
          <>
            {state.result.rows === 0 ? (
              <p>{t('options.report.empty')}</p>
            ) : Object.keys(state.result.missing).length === 0 ? (
              <p>{t('options.report.none', { rows: state.result.rows })}</p>
            ) : (
              Object.entries(state.result.missing).map(([id, skus]) => (
                <p key={id}>
                  {t('options.report.result', {
                    country: marketplaceName(id || state.fallback, locale),
                    missing: skus.length,
                    rows: state.result.rowsByMarketplace[id] ?? skus.length,
                  })}
                </p>
              ))
            )}
            {state.saved && Object.keys(state.result.missing).length > 0 && (
              <p className="muted">{t('options.report.saved')}</p>
            )}
            {Object.keys(state.result.missing).length > 0 && (
              <button type="button" className="secondary" onClick={() => exportCsv(state.result, state.fallback)}>
                {t('options.report.export')}
              </button>
            )}
          </>
        )}
      </div>
    </section>
  );
}
