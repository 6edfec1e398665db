// Checks an inventory report for listings without a shipping weight, reading it as a stream of lines:
// memory stays flat whatever the file's size.

export type ReportProblem = 'empty' | 'binary' | 'encoding' | 'columns';

export interface ReportResult {
  rows: number;
  /** Listings per marketplace ID (every marketplace the report names): what each one's count is out of. */
  rowsByMarketplace: Record<string, number>;
  /** SKUs without a weight, per marketplace ID ('' when the report has no marketplace column). */
  missing: Record<string, string[]>;
  /** SKUs with a weight, per marketplace ID: flags set before they were fixed can go. */
  weighed: Record<string, string[]>;
  columns: { sku: string; weight: string; marketplace: string | null };
}

export class ReportError extends Error {
  constructor(readonly problem: ReportProblem) {
    super(problem);
  }
}

const normalise = (h: string) =>
  h
    .trim()
    .replace(/^\uFEFF/, '')
    .replace(/^"|"$/g, '')
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

const SKU_HEADERS = new Set([
  'sku',
  'seller-sku',
  'item-sku',
  'merchant-sku',
  'händler-sku',
  'sku-venditore',
  'codice-sku',
  'référence-vendeur',
  'sku-del-vendedor',
  'sku-vendedor',
  'verkopers-sku',
]);
const WEIGHT_HEADERS = new Set([
  'item-package-weight',
  'website-shipping-weight',
  'shipping-weight',
  'package-weight',
  'item-package-weight#1.value',
  'versandgewicht',
  'paketgewicht',
  'peso-di-spedizione',
  'peso-del-pacco',
  "poids-d'expédition",
  'poids-du-colis',
  'peso-de-envío',
  'peso-del-paquete',
  'verzendgewicht',
  'pakketgewicht',
]);
const MARKETPLACE_HEADERS = new Set(['marketplace-id', 'marketplace', 'marketplaceid', 'marktplatz-id']);

/** How many lines may come before the header (a template has three). */
const HEADER_SEARCH_LINES = 10;

/** Splits one line of CSV (quotes, doubled quotes) or TSV. */
export function splitLine(line: string, delimiter: string): string[] {
  if (delimiter === '\t' || !line.includes('"')) return line.split(delimiter);
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

function pickDelimiter(header: string): string {
  if (header.includes('\t')) return '\t';
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Empty, zero, negative or unreadable weight: the order would not import. */
function missingWeight(value: string): boolean {
  const n = Number.parseFloat(value.trim().replace(',', '.'));
  return !Number.isFinite(n) || n <= 0;
}

/**
 * The code page a text file from this country is in when it is not Unicode: Amazon's own flat files and
 * what a spreadsheet saves as "Text (tab delimited)" or "CSV" on the seller's Windows. Western European and
 * American text is Windows-1252 (accented SKUs and product names: "Tasse grün").
 */
const LEGACY_ENCODINGS: Record<string, string> = {
  JP: 'shift_jis',
  PL: 'windows-1250',
  TR: 'windows-1254',
  EG: 'windows-1256',
  SA: 'windows-1256',
  AE: 'windows-1256',
};

export function legacyEncodingFor(countryCode: string | undefined): string {
  return (countryCode && LEGACY_ENCODINGS[countryCode]) || 'windows-1252';
}

function decoderFor(first: Uint8Array, encoding: string): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  return new TextDecoder(encoding, { fatal: true });
}

/**
 * Checks a report file: as UTF-8 (or UTF-16, by its byte-order mark) first; a file that is not valid UTF-8
 * is read again from the start in `legacyEncoding`, the code page of the report's country.
 */
export async function checkReportFile(
  open: () => ReadableStream<Uint8Array>,
  legacyEncoding: string,
): Promise<ReportResult> {
  try {
    return await checkReport(open());
  } catch (error) {
    if (!(error instanceof ReportError && error.problem === 'encoding')) throw error;
    return checkReport(open(), legacyEncoding);
  }
}

/** Reads the report chunk by chunk; throws ReportError with a problem the UI explains. */
export async function checkReport(stream: ReadableStream<Uint8Array>, encoding = 'utf-8'): Promise<ReportResult> {
  const reader = stream.getReader();
  let decoder: TextDecoder | null = null;
  let pending = '';
  let header: { delimiter: string; sku: number; weight: number; marketplace: number; names: string[] } | null = null;
  const result: ReportResult = {
    rows: 0,
    rowsByMarketplace: {},
    missing: {},
    weighed: {},
    columns: { sku: '', weight: '', marketplace: null },
  };

  /** The line's columns when it names a SKU and a weight column: a header. */
  const headerOf = (line: string) => {
    const delimiter = pickDelimiter(line);
    const names = splitLine(line, delimiter);
    const keys = names.map(normalise);
    const sku = keys.findIndex((k) => SKU_HEADERS.has(k));
    const weight = keys.findIndex((k) => WEIGHT_HEADERS.has(k) || k.startsWith('item-package-weight'));
    if (sku < 0 || weight < 0) return null;
    return { delimiter, sku, weight, marketplace: keys.findIndex((k) => MARKETPLACE_HEADERS.has(k)), names };
  };
  // Amazon's inventory file templates, saved as text, start with rows for Amazon's use: a "TemplateType=…"
  // line, the columns' labels in the seller's language, then their field names. The last header-like line
  // before the first listing is the header.
  let skipped = 0;
  let listingsStarted = false;

  const takeLine = (line: string) => {
    if (!line.trim()) return;
    if (!listingsStarted || !header) {
      const found = headerOf(line);
      if (found) {
        header = found;
        result.columns = {
          sku: found.names[found.sku]?.trim() ?? '',
          weight: found.names[found.weight]?.trim() ?? '',
          marketplace: found.marketplace >= 0 ? (found.names[found.marketplace]?.trim() ?? null) : null,
        };
        return;
      }
      if (!header) {
        if (++skipped >= HEADER_SEARCH_LINES) throw new ReportError('columns');
        return;
      }
      listingsStarted = true;
    }
    const cells = splitLine(line, header.delimiter);
    const sku = cells[header.sku]?.trim();
    if (!sku) return;
    result.rows++;
    const marketplace = header.marketplace >= 0 ? (cells[header.marketplace]?.trim() ?? '') : '';
    result.rowsByMarketplace[marketplace] = (result.rowsByMarketplace[marketplace] ?? 0) + 1;
    const into = missingWeight(cells[header.weight] ?? '') ? result.missing : result.weighed;
    const list = into[marketplace] ?? [];
    list.push(sku);
    into[marketplace] = list;
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!decoder) {
        decoder = decoderFor(value, encoding);
        const probe = value.subarray(0, 4096);
        if (!decoder.encoding.startsWith('utf-16') && probe.includes(0)) throw new ReportError('binary');
      }
      let text: string;
      try {
        text = decoder.decode(value, { stream: true });
      } catch {
        throw new ReportError('encoding');
      }
      pending += text;
      let start = 0;
      for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n', start)) {
        takeLine(pending.slice(start, nl).replace(/\r$/, ''));
        start = nl + 1;
      }
      pending = pending.slice(start);
    }
    if (decoder) {
      try {
        pending += decoder.decode();
      } catch {
        throw new ReportError('encoding');
      }
    }
    takeLine(pending.replace(/\r$/, ''));
  } finally {
    reader.releaseLock();
  }
  if (!header) throw new ReportError(skipped > 0 ? 'columns' : 'empty');
  return result;
}

/**
 * The result as a CSV file a seller can open in a spreadsheet; rows that named no marketplace get
 * `fallback`, the marketplace the seller said the report is from.
 */
export function resultToCsv(result: ReportResult, fallback = ''): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = ['sku,marketplace_id'];
  for (const [marketplace, skus] of Object.entries(result.missing)) {
    for (const sku of skus) lines.push(`${quote(sku)},${quote(marketplace || fallback)}`);
  }
  return `${lines.join('\n')}\n`;
}
