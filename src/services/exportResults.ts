/**
 * Results to keep after class: a CSV (one row per team per round) and a print-friendly
 * summary, both made in the browser from the game state. Nothing goes to a server.
 */
import { quoteView, screenOf } from '../core/screens/screen';
import { resultRows, type ResultRow } from '../core/rules/results';
import { discernment } from '../core/rules/discernment';
import { confusionText, discernmentItem } from '../i18n/discernmentText';
import type { Pack } from '../core/pack/schema';
import type { Draft, GameState } from '../core/rules/stateSchema';
import { h } from './dom';
import { printElement } from './printPage';
import { optionLabel, optionLetter } from '../i18n/optionLabel';
import { t } from '../i18n/strings';
import { teamName } from '../i18n/teamName';
import { outcomeWord } from '../i18n/outcomeText';

/**
 * The two separators a spreadsheet expects: `,`, or `;` where the decimal mark is a comma
 * (Excel in Spanish, French, German… splits a CSV on `;`).
 */
export type CsvSeparator = ',' | ';';

/** The separator this browser's spreadsheet most likely expects: `;` where 1.5 is written "1,5", as Excel decides its list separator. */
export function csvSeparator(locale?: string): CsvSeparator {
  try {
    return new Intl.NumberFormat(locale).format(1.5).includes(',') ? ';' : ',';
  } catch {
    return ',';
  }
}

/** A UTF-8 byte-order mark, so Excel reads the file as UTF-8 (curly quotes and accents intact). */
export const BOM = '\uFEFF';

/**
 * One CSV cell: defused when a spreadsheet would run it as a formula, and quoted (quote
 * marks doubled) when it holds either separator, a quote mark or a line break, so the same
 * text splits right on `,` and on `;`.
 */
export function csvCell(value: string | number): string {
  let v = String(value);
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",;\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function cardText(pack: Pack, round: ResultRow, id: string): string {
  const level = pack.levels[round.levelIndex]!;
  const r = level.rounds[round.roundIndex]!;
  const card = r.type === 'case' || r.type === 'verdict' ? r.cards.find((c) => c.id === id) : undefined;
  const q = card?.quote ? quoteView(pack, card.quote) : undefined;
  return q ? `“${q.quote.text}” (${q.speaker.name})` : card?.narration ? `“${card.narration}” (${t.narration})` : id;
}

/** A verdict's stop on the scale, by the pack's label for it. */
function scaleLabel(pack: Pack, row: ResultRow, position: string): string {
  const r = pack.levels[row.levelIndex]!.rounds[row.roundIndex]!;
  return (r.type === 'verdict' ? r.scale.find((p) => p.id === position)?.label : undefined) ?? position;
}

/** The answer given, in words: the picked options, or what a debate side played. */
export function answerText(pack: Pack, row: ResultRow): string {
  // The letter is the one the class saw (the order is shuffled per session), the text says what it was.
  if (row.picked.length)
    return row.picked
      .map(
        (o) =>
          `${optionLetter(o.n)}. ` +
          optionLabel({
            ...o,
            selected: true,
            quoteView: o.quote ? quoteView(pack, o.quote) : undefined,
            speakerView: pack.manifest.speakers.find((sp) => sp.id === o.speaker),
          }),
      )
      .join('; ');
  const d = row.draft;
  return d ? (DRAFT_ANSWER[d.kind] as (pack: Pack, row: ResultRow, d: Draft) => string)(pack, row, d) : '';
}

/** What each drafted kind's answer was, in words (one entry per draft kind, or this does not compile). */
const DRAFT_ANSWER: { readonly [K in Draft['kind']]: (pack: Pack, row: ResultRow, d: Extract<Draft, { kind: K }>) => string } = {
  case(pack, row, d) {
    const side = d.stance === null ? '' : row.side === 0 ? d.stance : d.stance === 'for' ? 'against' : 'for';
    const played = d.played.filter((p) => p.side === row.side).map((p) => cardText(pack, row, p.card));
    const conceded = d.conceded[row.side];
    return [side ? t.stance[side] : '', ...played, conceded ? t.concededPoint(cardText(pack, row, conceded)) : ''].filter(Boolean).join('; ');
  },
  verdict: (pack, row, d) => [d.position ? scaleLabel(pack, row, d.position) : '', ...d.cards.map((c) => cardText(pack, row, c))].filter(Boolean).join('; '),
  whoswho: (pack, _row, d) =>
    Object.entries(d.assign)
      .map(([q, sp]) => `“${quoteView(pack, q)?.quote.text ?? q}” → ${pack.manifest.speakers.find((x) => x.id === sp)?.name ?? sp}`)
      .join('; '),
};

function evidenceText(pack: Pack, row: ResultRow): string {
  return row.evidence
    .map((id) => quoteView(pack, id))
    .filter((q) => q !== undefined)
    .map((q) => `${q.speaker.name}: “${q.quote.text}”`)
    .join(' | ');
}

/** The CSV's first row, in the interface language. */
export const csvHeader = (): readonly string[] => t.csvHeader;

/** The results as a table of cells, before quoting: the header, one row per team per round, then the discernment section. */
export function csvTable(pack: Pack, s: GameState): (string | number)[][] {
  const rows: (string | number)[][] = [[...csvHeader()]];
  for (const row of resultRows(pack, s)) {
    rows.push([
      row.team === null ? t.wholeClass : teamName(s.teams, row.team),
      row.levelIndex + 1,
      row.levelTitle,
      row.roundIndex + 1,
      row.roundType,
      row.prompt,
      answerText(pack, row),
      outcomeWord(row.outcome),
      row.points,
      evidenceText(pack, row),
      // Confidence: the mark, and what it did to the points (blank where the round took no mark).
      t.sure.csv(row.sure),
      row.sure === null ? '' : row.bonus,
    ]);
  }
  return [...rows, ...discernmentTable(pack, s)];
}

/** The results as a CSV file's text: a byte-order mark, then rows separated by CRLF, cells by `sep`. */
export function resultsCsv(pack: Pack, s: GameState, sep: CsvSeparator = ','): string {
  return `${BOM}${csvTable(pack, s)
    .map((row) => row.map(csvCell).join(sep))
    .join('\r\n')}\r\n`;
}

/**
 * The discernment section, below the rows after an empty line: a summary per team is not a
 * round, so it gets its own small table rather than columns repeated on every row, and the
 * empty line keeps a spreadsheet's filter and sort on the rows above. Counts sit in their
 * own cells so a teacher can work with them.
 */
function discernmentTable(pack: Pack, s: GameState): (string | number)[][] {
  const all = discernment(pack, s);
  if (!all.length) return [];
  return [
    [],
    [t.discern.heading],
    [...t.discern.csvHeader],
    ...all.map((d) => [
      d.team === null ? t.wholeClass : teamName(s.teams, d.team),
      ...d.tallies.flatMap((k) => [k.answered, k.correct]),
      confusionText(d) ?? '',
    ]),
  ];
}

/** Saves the CSV, with the separator this browser's spreadsheet expects (see csvSeparator). */
export function downloadCsv(pack: Pack, s: GameState, doc: Document = document): void {
  const blob = new Blob([resultsCsv(pack, s, csvSeparator(doc.defaultView?.navigator.language))], { type: 'text/csv;charset=utf-8' });
  downloadBlob(doc, blob, `on-the-record-${pack.manifest.id}-results.csv`);
}

/** Hands a file to the browser's downloads, made on the device (no request leaves it). */
export function downloadBlob(doc: Document, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The printable summary: a plain document that the print stylesheet shows instead of the game. */
export function printSheet(pack: Pack, s: GameState): HTMLElement {
  const rows = resultRows(pack, s);
  const src = pack.manifest.source;
  // The misconceptions as the results screen lists them (options by their text or speaker's name, never an id).
  const final = screenOf(pack, s.phase === 'final' ? s : { ...s, phase: 'final' });
  const wrong = final.kind === 'final' ? final.misconceptions : [];
  return h(
    'section',
    { id: 'print-sheet' },
    h('h1', {}, `${t.gameTitle}: ${pack.manifest.title}`),
    h('p', {}, `“${src.title}”, ${src.outlet}, ${src.author}, ${src.date}. ${t.asReported(src.reported)}.`),
    h('h2', {}, t.misconceptionsTitle),
    wrong.length
      ? h(
          'ul',
          {},
          ...wrong.map((m) =>
            h(
              'li',
              {},
              `${m.prompt}${m.quote ? ` “${m.quote.quote.text}”` : ''} — ${t.misconceptionCount(m.wrong, m.of)}. ${t.bestAnswer}: ${m.best.map(optionLabel).join('; ')}`,
            ),
          ),
        )
      : h('p', {}, t.noMisconceptions),
    ...discernmentSection(pack, s),
    h('h2', {}, t.finalTitle),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ...t.printHeader.map((c) => h('th', {}, c)))),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            {},
            h('td', {}, r.team === null ? t.wholeClass : teamName(s.teams, r.team)),
            h('td', {}, `${r.levelIndex + 1}. ${r.levelTitle}`),
            h('td', {}, r.prompt),
            h('td', {}, answerText(pack, r)),
            h('td', {}, outcomeWord(r.outcome)),
            h('td', {}, String(r.points)),
          ),
        ),
      ),
    ),
  );
}

function discernmentSection(pack: Pack, s: GameState): HTMLElement[] {
  const all = discernment(pack, s);
  if (!all.length) return [];
  return [h('h2', {}, t.discern.heading), h('ul', { 'data-discernment': '' }, ...all.map((d) => h('li', {}, discernmentItem(d, s.teams))))];
}

export function printSummary(pack: Pack, s: GameState, win: Window = window): void {
  printElement(printSheet(pack, s), win);
}
