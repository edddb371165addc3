/**
 * Characters that make text show differently from what it says. A right-to-left override turns
 * "orokO" into what reads as "Okoro", and one left open in a role turns the game's own "Expert"
 * after it into "trepxE"; a name of one zero-width space is no name at all. Pack text is
 * refused with them (every `text` field of the schema, and the source file), and where the game
 * joins pack text to its own labels the pack part is isolated (`isolate`).
 *
 * Plain text in any script needs none of the embedding, override and isolate controls; the
 * marks U+200E, U+200F and U+061C can be needed beside right-to-left letters (to place
 * punctuation), so they are allowed only in text that has some.
 */

const CONTROL_NAMES: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u061C': 'ARABIC LETTER MARK',
};

const ALWAYS = /[\u202A-\u202E\u2066-\u2069]/;
const MARKS = /[\u200E\u200F\u061C]/;
/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and others). */
export const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|[\uD802\uD803\uD83A\uD83B][\uDC00-\uDFFF]/;
/** Something a reader can see: a letter, digit, punctuation mark or symbol. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** Whether the text has something a reader can see (not only spaces and invisible characters). */
export const hasVisible = (text: string): boolean => VISIBLE.test(text);

/** Text with the direction controls it may not hold taken out (a mark stays beside right-to-left letters): for text a person types. */
export function withoutControls(text: string): string {
  const out = text.replace(new RegExp(ALWAYS.source, 'g'), '');
  return RTL.test(out) ? out : out.replace(new RegExp(MARKS.source, 'g'), '');
}

/** The first direction control in a text that is not allowed there, or null. */
export function bidiControl(text: string): { char: string; at: number } | null {
  const always = ALWAYS.exec(text);
  const mark = MARKS.exec(text);
  const found = mark && !RTL.test(text) && (!always || mark.index < always.index) ? mark : always;
  return found ? { char: found[0], at: found.index } : null;
}

function describe(char: string): string {
  const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `U+${code} ${CONTROL_NAMES[char] ?? ''}`.trim();
}

export function bidiMessage(char: string): string {
  return `has a hidden direction control character (${describe(char)}), which can make the text show in another order than it is written: delete it`;
}

export const INVISIBLE_MESSAGE = 'has no visible character, only invisible ones (such as zero-width spaces): write it in letters';

/** Why a piece of pack text is refused, or null: the schema's `text` check. */
export function textSafetyMessage(text: string): string | null {
  if (!VISIBLE.test(text)) return INVISIBLE_MESSAGE;
  const control = bidiControl(text);
  return control ? bidiMessage(control.char) : null;
}

/**
 * The direction controls left in a source file, one problem per line that has one (at most
 * a few, then a count), with its line and column. Each line is judged on its own: a mark is
 * allowed on a line with right-to-left letters.
 */
export function sourceControlIssues(file: string, text: string): { file: string; path: string; message: string }[] {
  if (!ALWAYS.test(text) && !MARKS.test(text)) return [];
  const out: { file: string; path: string; message: string }[] = [];
  const lines = text.split('\n');
  let more = 0;
  lines.forEach((line, i) => {
    const control = bidiControl(line);
    if (!control) return;
    if (out.length >= 5) more++;
    else out.push({ file, path: '(root)', message: `the text at line ${i + 1} column ${control.at + 1} ${bidiMessage(control.char)}` });
  });
  if (more) out.push({ file, path: '(root)', message: `${more} more lines have hidden direction control characters: delete them` });
  return out;
}

/**
 * Pack text (a name, a role) to join to the game's own words: text with right-to-left letters
 * is wrapped in a first-strong isolate, so its direction cannot run into the words beside it
 * ("Expert" stays "Expert"). Other text is returned as it is: it cannot reorder its neighbours.
 * A direction control that got past the checks (the schema refuses them) is taken out first:
 * text with no right-to-left letters is not wrapped, so an override left in it would still
 * turn the label after it backwards.
 */
export function isolate(text: string): string {
  const plain = withoutControls(text);
  return RTL.test(plain) ? `\u2068${plain}\u2069` : plain;
}
