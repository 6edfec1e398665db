// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkReport,
  checkReportFile,
  legacyEncodingFor,
  ReportError,
  resultToCsv,
  splitLine,
} from '@/lib/reports/weights';

const file = (name: string) => readFileSync(resolve(__dirname, '../site/reports', name));

/** A stream that cuts the bytes at awkward places, as a disk read might. */
function chunked(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

const problem = async (bytes: Uint8Array) => {
  try {
    await checkReport(chunked(bytes, 64));
  } catch (e) {
    return (e as ReportError).problem;
  }
  return 'none';
};

describe('checkReport', () => {
  it('reads a tab-delimited English report per marketplace, in any chunking', async () => {
    for (const size of [1, 3, 7, 4096]) {
      const result = await checkReport(chunked(file('listings-en.txt'), size));
      expect(result.rows).toBe(5);
      // Each marketplace's count is out of its own listings: 2 of 3 in the UK, 1 of 2 in Germany.
      expect(result.rowsByMarketplace).toEqual({ A1F83G8C2ARO7P: 3, A1PA6795UKMFR9: 2 });
      expect(result.weighed).toEqual({ A1F83G8C2ARO7P: ['SKU-RED-MUG'], A1PA6795UKMFR9: ['SKU-YELLOW-JUG'] });
      expect(result.missing).toEqual({
        A1F83G8C2ARO7P: ['SKU-BLUE-BOWL', 'SKU-BLACK-PLATE'],
        A1PA6795UKMFR9: ['SKU-GREEN-CUP'],
      });
      expect(result.columns).toEqual({ sku: 'sku', weight: 'item_package_weight', marketplace: 'marketplace-id' });
    }
  });

  it('reads a German semicolon CSV with a BOM, quotes and decimal commas', async () => {
    const result = await checkReport(chunked(file('flatfile-de.csv'), 5));
    expect(result.rows).toBe(3);
    expect(result.rowsByMarketplace).toEqual({ '': 3 });
    expect(result.missing).toEqual({ '': ['DE-TELLER-2', 'DE-SCHALE-3'] });
    expect(result.columns.sku).toBe('Händler-SKU');
  });

  it('reads a classic flat file with website_shipping_weight', async () => {
    expect((await checkReport(chunked(file('flatfile-it.csv'), 100))).missing).toEqual({ '': ['IT-TAZZA-1'] });
  });

  it('reads UTF-16 with a BOM', async () => {
    const text = '\uFEFFsku\tshipping-weight\nX-1\t\nX-2\t2\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    expect((await checkReport(chunked(bytes, 9))).missing).toEqual({ '': ['X-1'] });
  });

  it('reads a report with its columns but no listing as zero rows (the options page says so)', async () => {
    const result = await checkReport(chunked(file('header-only.txt'), 64));
    expect(result.rows).toBe(0);
    expect(result.missing).toEqual({});
  });

  it('says what is wrong with a file that is not a report', async () => {
    expect(await problem(file('empty.txt'))).toBe('empty');
    expect(await problem(file('no-weight-column.csv'))).toBe('columns');
    // The All Listings Report (SKU, price, quantity…) has no weight: the message says so.
    expect(await problem(file('all-listings-en.txt'))).toBe('columns');
    expect(await problem(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]))).toBe('binary');
    expect(await problem(new TextEncoder().encode('\n\n  \n'))).toBe('empty');
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('sku;Versandgewicht\nM'),
      0xe4,
      ...new TextEncoder().encode('use;1\n'),
    ]);
    expect(await problem(latin1)).toBe('encoding');
  });

  it('reads a file that is not Unicode in the code page of the report’s country', async () => {
    // Amazon's flat files and a spreadsheet's "Text (tab delimited)" on a German Windows: Windows-1252.
    const bytes = file('flatfile-de-windows-1252.txt');
    await expect(checkReport(chunked(bytes, 16))).rejects.toEqual(new ReportError('encoding'));
    let opened = 0;
    const result = await checkReportFile(() => {
      opened++;
      return chunked(bytes, 16);
    }, legacyEncodingFor('DE'));
    expect(opened).toBe(2);
    expect(result.rows).toBe(4); // read again from the start: nothing counted twice
    expect(result.missing).toEqual({ '': ['DE-MÜSLISCHALE', 'DE-TELLER-GROß'] });
    expect(result.weighed).toEqual({ '': ['DE-TASSE-GRÜN', 'DE-GLAS-KLAR'] });

    // Japanese text in Shift_JIS ("テスト" is 83 65 83 58 83 67).
    const sjis = new Uint8Array([
      ...new TextEncoder().encode('sku\titem_package_weight\n'),
      0x83,
      0x65,
      0x83,
      0x58,
      0x83,
      0x67,
      ...new TextEncoder().encode('-1\t\n'),
    ]);
    expect(legacyEncodingFor('JP')).toBe('shift_jis');
    expect((await checkReportFile(() => chunked(sjis, 5), 'shift_jis')).missing).toEqual({ '': ['テスト-1'] });
    // Neither UTF-8 nor valid Shift_JIS (a lead byte with no trail byte): still a problem the page explains.
    const broken = new Uint8Array([...new TextEncoder().encode('sku\titem_package_weight\nX'), 0x83, 0x0a]);
    await expect(checkReportFile(() => chunked(broken, 64), 'shift_jis')).rejects.toEqual(new ReportError('encoding'));

    // UTF-8 and UTF-16 files are read once, whatever the country.
    opened = 0;
    const utf8 = await checkReportFile(() => {
      opened++;
      return chunked(file('flatfile-de.csv'), 7);
    }, legacyEncodingFor('DE'));
    expect(opened).toBe(1);
    expect(utf8.missing['']).toEqual(['DE-TELLER-2', 'DE-SCHALE-3']);
    expect(legacyEncodingFor(undefined)).toBe('windows-1252');
  });

  it('skips the rows an inventory file template keeps for Amazon before its header', async () => {
    // Excel's "Unicode text" of a German template: TemplateType line, German labels, field names, listings.
    const german = await checkReport(chunked(file('inventory-template-de.txt'), 33));
    expect(german.columns).toEqual({ sku: 'item_sku', weight: 'website_shipping_weight', marketplace: null });
    expect(german.rows).toBe(3);
    expect(german.missing).toEqual({ '': ['DE-KANNE-2'] });
    expect(german.weighed).toEqual({ '': ['DE-KANNE-1', 'DE-BECHER-3'] });
    // English labels ("Seller SKU", "Shipping Weight") look like a header too: the field names after them win,
    // and no label row is counted as a listing.
    const english = new TextEncoder().encode(
      'TemplateType=fptcustom\tVersion=2024.0301\n' +
        'Seller SKU\tShipping Weight\n' +
        'item_sku\twebsite_shipping_weight\n' +
        'EN-MUG-1\t\n',
    );
    const result = await checkReport(chunked(english, 10));
    expect(result.rows).toBe(1);
    expect(result.missing).toEqual({ '': ['EN-MUG-1'] });
    // Ten lines without a SKU and a weight column: not an inventory file.
    const prose = new TextEncoder().encode('Dear seller,\n'.repeat(12));
    expect(await problem(prose)).toBe('columns');
    expect(await problem(new TextEncoder().encode('one line\ntwo lines\n'))).toBe('columns');
  });

  it('checks 100,000 rows without holding the file as one string', async () => {
    const encoder = new TextEncoder();
    let row = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (row === 0) controller.enqueue(encoder.encode('sku\titem_package_weight\n'));
        if (row >= 100_000) return controller.close();
        const lines: string[] = [];
        for (let i = 0; i < 1000; i++, row++) lines.push(`SKU-${row}\t${row % 10 === 0 ? '' : '1.5'}`);
        controller.enqueue(encoder.encode(`${lines.join('\n')}\n`));
      },
    });
    const result = await checkReport(stream);
    expect(result.rows).toBe(100_000);
    expect(result.missing['']).toHaveLength(10_000);
  });

  it('splits quoted CSV cells and exports CSV that round-trips', async () => {
    expect(splitLine('a,"b, c","d ""e"""', ',')).toEqual(['a', 'b, c', 'd "e"']);
    const csv = resultToCsv({
      rows: 2,
      rowsByMarketplace: { '': 2 },
      missing: { '': ['A,1', 'B"2'] },
      weighed: {},
      columns: { sku: 'sku', weight: 'w', marketplace: null },
    });
    expect(csv).toBe('sku,marketplace_id\n"A,1",\n"B""2",\n');
    // Rows that named no marketplace get the one the seller chose for the report; named ones keep theirs.
    const withFallback = resultToCsv(
      {
        rows: 2,
        rowsByMarketplace: { '': 1, A1PA6795UKMFR9: 1 },
        missing: { '': ['A1'], A1PA6795UKMFR9: ['B2'] },
        weighed: {},
        columns: { sku: 'sku', weight: 'w', marketplace: 'marketplace-id' },
      },
      'A13V1IB3VIYZZH',
    );
    expect(withFallback).toBe('sku,marketplace_id\nA1,A13V1IB3VIYZZH\nB2,A1PA6795UKMFR9\n');
  });
});
