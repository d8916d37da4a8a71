/** A strict RFC 4180 reader for the tests: CRLF between records, quotes only around whole fields, equal record lengths. */

/** Parses CSV text into records of fields; throws on anything RFC 4180 does not allow, naming where. */
export function parseCsvStrict(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    const line = text.slice(0, i).split('\r\n').length;
    throw new Error(`CSV: ${why} (record ${line}, offset ${i})`);
  };
  if (!text.endsWith('\r\n')) fail('the last record does not end with CRLF');
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('a quoted field is not closed');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) fail('text after a closing quote');
    } else {
      while (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) {
        if (text[i] === '"') fail('a quote inside an unquoted field');
        if (text[i] === '\r' || text[i] === '\n') fail('a bare CR or LF in an unquoted field');
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') i++;
    else {
      i += 2;
      records.push(record);
      record = [];
    }
  }
  const width = records[0]?.length ?? 0;
  records.forEach((r, n) => {
    if (r.length !== width) throw new Error(`CSV: record ${n + 1} has ${r.length} fields, the header ${width}`);
  });
  return records;
}
