import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/exports/csv';
import { EVENT_CSV_COLUMNS, eventCsvRows, eventSources, eventsCsv } from '../../src/lib/exports/events-csv';
import { loadSite } from '../../src/node/story-render';
import { ROOT } from '../helpers/build-site';
import { parseCsvStrict } from '../helpers/csv-parse';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['one\nline', '"one\nline"'],
    ['=1+1', "'=1+1"],
    ['+44 20', "'+44 20"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=x', "'\t=x"],
    ['=HYPERLINK("x", "y")', '"\'=HYPERLINK(""x"", ""y"")"'],
    ['Laiza – Muse', 'Laiza – Muse'],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes numbers and booleans as they are (a negative number stays a number), and nothing for undefined', () => {
    expect([csvCell(-12.5), csvCell(true), csvCell(undefined)]).toEqual(['-12.5', 'true', '']);
  });
});

describe('toCsv', () => {
  it('reads back, through a strict RFC 4180 parser, as the fields it was given (formula-like ones quoted-out)', () => {
    const rows = [
      ['a, b', 'say "no"', 'x\r\ny'],
      ['=cmd', '', 'Kyaukphyu'],
    ];
    const text = toCsv(['one', 'two', 'three'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsvStrict(text)).toEqual([['one', 'two', 'three'], rows[0], ["'=cmd", '', 'Kyaukphyu']]);
  });
});

describe('the events CSV of the real data', () => {
  const { data } = loadSite(ROOT);
  const records = parseCsvStrict(eventsCsv(data.events, data.places));
  const [header, ...rows] = records;

  it('has the documented columns', () => {
    expect(header).toEqual([...EVENT_CSV_COLUMNS]);
  });

  it('has one row per event and source, each source of an event once', () => {
    const expected = data.events.flatMap((e) => {
      const urls = [
        ...e.properties.sources,
        ...(e.properties.figures ?? []).map((f) => f.source),
        ...(e.properties.claims ?? []).map((c) => c.source),
      ].map((s) => s.url);
      return [...new Set(urls)].map((url) => `${e.id} ${url}`);
    });
    const col = (name: string) => header!.indexOf(name);
    const got = rows.map((r) => `${r[col('event_id')]} ${r[col('source_url')]}`);
    expect([...got].sort()).toEqual([...expected].sort());
    expect(new Set(got).size).toBe(got.length);
  });

  it('gives each row its event’s date, coordinates and place precision, and its source’s name and date', () => {
    const col = (name: string) => header!.indexOf(name);
    for (const r of rows) {
      const e = data.events.find((ev) => ev.id === r[col('event_id')])!;
      const place = data.places.find((p) => p.id === e.properties.place)!;
      const source = eventSources(e).find((s) => s.url === r[col('source_url')])!;
      expect(r[col('date')]).toBe(e.properties.date);
      expect(Number(r[col('longitude')])).toBe(e.geometry.coordinates[0]);
      expect(Number(r[col('latitude')])).toBe(e.geometry.coordinates[1]);
      expect(r[col('approximate')]).toBe(String(place.properties.approximate));
      expect(r[col('precision_km')]).toBe(
        place.properties.approximate ? String(place.properties.precisionKm ?? '') : '',
      );
      expect([r[col('source_name')], r[col('source_published')]]).toEqual([source.name, source.published]);
      expect(r[col('claimed_by')]).toBe(e.properties.claimedBy.join('; '));
    }
  });

  it('puts each figure on the row of the source that gives it, and no cell starts with = + - @', () => {
    const col = (name: string) => header!.indexOf(name);
    const figures = data.events.flatMap((e) => (e.properties.figures ?? []).map((f) => ({ e, f })));
    expect(figures.length).toBeGreaterThan(0);
    for (const { e, f } of figures) {
      const row = rows.find((r) => r[col('event_id')] === e.id && r[col('source_url')] === f.source.url)!;
      expect(row[col('figures')]).toContain(String(f.value));
    }
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('lists the rows in date order', () => {
    const dates = eventCsvRows(data.events, data.places).map((r) => String(r.date));
    expect(dates).toEqual([...dates].sort());
  });
});
