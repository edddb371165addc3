/**
 * A strict RFC 4180 reader for the tests, `sep` between cells: quoted cells, doubled quote
 * marks, CRLF between rows, line breaks kept inside quotes; it throws on anything a spreadsheet
 * could misread (a quote mark in an unquoted cell, a bare line break, no CRLF at the end). No
 * vitest or Playwright imports, so the unit tests and the browser tests both use it.
 */
export function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
      continue;
    }
    if (c === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (c === '"') throw new Error(`a quote mark inside an unquoted cell at ${i}`);
    else if (c === sep) {
      row.push(cell);
      cell = '';
      atStart = true;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atStart = true;
      i++;
    } else if (c === '\r' || c === '\n') throw new Error(`a bare line break outside quotes at ${i}`);
    else {
      cell += c;
      atStart = false;
    }
  }
  if (quoted) throw new Error('an unclosed quote');
  if (cell || row.length) throw new Error('the last row has no CRLF');
  return rows;
}
