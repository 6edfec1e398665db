// Dates as Seller Central prints them, in the page's language: "Nov 26, 2026", "26.11.2026",
// "26/11/2026", "11/26/2026" (US), "2026/11/26", "26 nov. 2026", "26. Nov. 2026".

/** Month names and abbreviations in the languages Seller Central writes, by month (0 = January). */
const NAMES = [
  ['jan', 'gen', 'ene', 'janv', 'january', 'januar', 'gennaio', 'enero', 'janvier', 'januari'],
  ['feb', 'febr', 'févr', 'fév', 'februar', 'febbraio', 'febrero', 'février', 'februari'],
  ['mar', 'mär', 'märz', 'mrt', 'march', 'marzo', 'mars', 'maart'],
  ['apr', 'abr', 'avr', 'april', 'aprile', 'abril', 'avril'],
  ['may', 'mai', 'mag', 'mei', 'maggio', 'mayo'],
  ['jun', 'giu', 'juin', 'june', 'juni', 'giugno', 'junio'],
  ['jul', 'lug', 'juil', 'july', 'juli', 'luglio', 'julio', 'juillet'],
  ['aug', 'ago', 'août', 'agosto', 'augustus'],
  ['sep', 'sept', 'set', 'sett', 'september', 'settembre', 'septiembre', 'septembre'],
  ['oct', 'okt', 'ott', 'october', 'oktober', 'ottobre', 'octubre', 'octobre'],
  ['nov', 'november', 'novembre', 'noviembre'],
  ['dec', 'dez', 'dic', 'déc', 'dezember', 'dicembre', 'diciembre', 'décembre', 'december'],
];

// Built the first time a date is read: this module loads on every Seller Central page, dates are read on few.
let months: ReadonlyMap<string, number> | undefined;
function monthOf(name: string | undefined): number | undefined {
  months ??= new Map(NAMES.flatMap((names, month) => names.map((n) => [n, month] as const)));
  return name === undefined ? undefined : months.get(name);
}

function utc(year: number, month: number, day: number): number | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || year < 2000 || year > 2100) return null;
  const t = Date.UTC(year, month, day);
  return new Date(t).getUTCDate() === day ? t : null;
}

/** Midnight UTC of the date, or null. `monthFirst` decides "11/12/2026" (US pages write month first). */
export function parseSellerCentralDate(text: string, monthFirst = false): number | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = s.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/);
  if (m) return utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = s.match(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})/);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dayFirst = a > 12 || (!monthFirst && b <= 12);
    return dayFirst ? utc(year, b - 1, a) : utc(year, a - 1, b);
  }
  m = s.match(/^([\p{L}]+)\.? (\d{1,2}),? (\d{4})/u);
  let month = monthOf(m?.[1]);
  if (m && month !== undefined) return utc(Number(m[3]), month, Number(m[2]));
  m = s.match(/^(\d{1,2})\.? (?:de )?([\p{L}]+)\.?,? (?:de )?(\d{4})/u);
  month = monthOf(m?.[2]);
  if (m && month !== undefined) return utc(Number(m[3]), month, Number(m[1]));
  return null;
}
