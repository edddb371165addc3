/**
 * The studio's page, laid out from the store and nothing else: real form controls, each with
 * its label, each problem the checks find tied to the control it is about. Patched in place
 * (idiomorph, as the game's DOM layer), so typing keeps the focus and the caret.
 */
import type { SpeakerKind } from '../core/pack/schema';
import { bodyOf } from '../core/studio/sourceFile';
import { OWN_REPORTING } from '../core/studio/draft';
import { isPublisher } from '../core/pack/publisher';
import { h, type Child } from '../services/dom';
import { studioCatalogs, type StudioLanguage, type StudioStrings } from '../i18n/studioStrings';
import type { Step, StudioState, StudioStore } from './store';
import { problemId, problemLine } from './problems';
import { levelsStep } from './levelsView';
import { assistantStep } from './assistantView';
import { guideOffer, guidePanel } from './guideView';
import { checksStep, fileField, filesStep } from './filesView';

const KINDS: readonly SpeakerKind[] = ['expert', 'official', 'outlet'];
const STEPS: readonly Step[] = ['source', 'quotes', 'levels', 'checks', 'files', 'assistant'];

export interface StudioActions {
  openArticle(file: File): void;
  importPack(file: File): void;
  exportBundle(): void;
  exportZip(): void;
  /** Stores the draft with the game's packs and opens the game on that question. */
  playLevel(level: number): void;
  /** Onto the clipboard, with a line saying whether the browser let it. */
  copyText(text: string): void;
}

function field(
  t: StudioStrings,
  s: StudioState,
  label: string,
  id: string,
  value: string,
  onInput: (v: string) => void,
  paths: readonly string[],
  multiline = false,
): HTMLElement {
  const problems = s.check.errors.filter((e) => e.file === 'pack.json' && paths.includes(e.path));
  const control = h(multiline ? 'textarea' : 'input', {
    id,
    name: id,
    ...(multiline ? { rows: '14' } : { type: 'text', value }),
    'aria-invalid': problems.length > 0 ? 'true' : false,
    'aria-describedby': problems.length > 0 ? problems.map(problemId).join(' ') : false,
    oninput: (e: Event) => onInput((e.target as HTMLInputElement).value),
  });
  if (multiline) control.textContent = value;
  return h('p', { class: 'field' }, h('label', { for: id }, label), control, ...problems.map((p) => problemLine(t, p)));
}

function sourceStep(t: StudioStrings, s: StudioState, store: StudioStore, act: StudioActions): Child[] {
  const st = store.getState();
  const src = s.draft.manifest.source;
  return [
    field(t, s, t.packTitle, 'pack-title', s.draft.manifest.title, (v) => st.setPackInfo({ title: v }), ['title']),
    field(t, s, t.summary, 'pack-summary', s.draft.manifest.summary, (v) => st.setPackInfo({ summary: v }), ['summary']),
    h(
      'p',
      { class: 'field' },
      h('input', {
        type: 'checkbox',
        id: 'fiction',
        checked: s.draft.manifest.fiction === true,
        onchange: (e: Event) => st.setPackInfo({ fiction: (e.target as HTMLInputElement).checked }),
      }),
      h('label', { for: 'fiction' }, t.fiction),
    ),
    field(t, s, t.articleTitle, 'article-title', src.title, (v) => st.setArticle({ title: v }), ['source.title']),
    field(t, s, t.outlet, 'article-outlet', src.outlet, (v) => st.setArticle({ outlet: v }), ['source.outlet']),
    field(t, s, t.author, 'article-author', src.author, (v) => st.setArticle({ author: v }), ['source.author']),
    field(t, s, t.date, 'article-date', src.date, (v) => st.setArticle({ date: v }), ['source.date']),
    field(t, s, t.reported, 'article-reported', src.reported, (v) => st.setPackInfo({ reported: v }), ['source.reported']),
    fileField(t.openFile, 'article-file', '.txt,.md,.html,.htm,text/plain,text/markdown,text/html', act.openArticle),
    field(t, s, t.body, 'article-body', bodyOf(s.draft.source), (v) => st.setArticle({}, v), [], true),
    h('p', { class: 'help' }, t.bodyHelp),
  ];
}

function speakerSelect(t: StudioStrings, s: StudioState, id: string, chosen: string, onChange: (v: string) => void): HTMLElement {
  const outlet = s.draft.manifest.source.outlet.trim();
  return h(
    'select',
    { id, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value) },
    h('option', { value: '', selected: chosen === '' }, t.chooseSpeaker),
    ...s.draft.manifest.speakers.map((sp) =>
      h('option', { value: sp.id, selected: chosen === sp.id }, isPublisher(s.draft.manifest, sp) ? t.ownReporting(sp.name) : sp.name),
    ),
    // The article's own words, as its reporting: the outlet becomes a speaker when first chosen.
    outlet && !s.draft.manifest.speakers.some((sp) => isPublisher(s.draft.manifest, sp))
      ? h('option', { value: OWN_REPORTING, selected: chosen === OWN_REPORTING }, t.ownReporting(outlet))
      : null,
  );
}

function quotesStep(t: StudioStrings, s: StudioState, store: StudioStore): Child[] {
  const st = store.getState();
  const body = bodyOf(s.draft.source);
  const selected = s.selection ? body.slice(s.selection.start, s.selection.end) : '';
  const idOf = (name: string | null) => s.draft.manifest.speakers.find((x) => x.name === name)?.id ?? '';
  return [
    h('h2', {}, t.speakers),
    h(
      'ul',
      { class: 'speakers' },
      ...s.draft.manifest.speakers.map((sp, i) =>
        h(
          'li',
          { 'data-speaker': sp.id },
          `${sp.name}${sp.role ? `, ${sp.role}` : ''} (${t.kind[sp.kind]}) `,
          h(
            'select',
            {
              'aria-label': `${t.speakerKind}: ${sp.name}`,
              onchange: (e: Event) => st.setSpeakerKind(i, (e.target as HTMLSelectElement).value as SpeakerKind),
            },
            ...KINDS.map((k) => h('option', { value: k, selected: sp.kind === k }, t.kind[k])),
          ),
          h('button', { type: 'button', onclick: () => st.removeSpeaker(sp.id) }, t.removeSpeaker(sp.name)),
        ),
      ),
    ),
    h(
      'fieldset',
      { class: 'new-speaker' },
      h('legend', {}, t.addSpeaker),
      field(t, s, t.speakerName, 'speaker-name', s.form.speakerName, (v) => st.setForm({ speakerName: v }), []),
      field(t, s, t.speakerRole, 'speaker-role', s.form.speakerRole, (v) => st.setForm({ speakerRole: v }), []),
      h(
        'div',
        { role: 'radiogroup', 'aria-label': t.speakerKind },
        ...KINDS.map((k) =>
          h(
            'p',
            {},
            h('input', {
              type: 'radio',
              name: 'speaker-kind',
              id: `kind-${k}`,
              value: k,
              checked: s.form.speakerKind === k,
              onchange: () => st.setForm({ speakerKind: k }),
            }),
            h('label', { for: `kind-${k}` }, t.kindHelp[k]),
          ),
        ),
      ),
      h('button', { type: 'button', 'data-action': 'add-speaker', onclick: () => st.addSpeakerFromForm() }, t.addSpeaker),
    ),
    h('h2', {}, t.proposals),
    h('button', { type: 'button', 'data-action': 'propose', onclick: () => st.propose() }, t.propose),
    h('p', { class: 'help' }, t.proposeHelp),
    s.proposals.length === 0
      ? h('p', {}, t.noProposals)
      : h(
          'ol',
          { class: 'proposals' },
          ...s.proposals.map((p, i) =>
            h(
              'li',
              { 'data-proposal': String(i) },
              h('q', {}, p.text),
              ` — ${t.proposedBy(p.speaker)} `,
              h('label', { for: `proposal-${i}` }, t.saidBy),
              speakerSelect(t, s, `proposal-${i}`, s.form.proposalSpeaker[i] ?? idOf(p.speaker), (v) =>
                st.setForm({ proposalSpeaker: { ...s.form.proposalSpeaker, [i]: v } }),
              ),
              h(
                'button',
                { type: 'button', 'data-accept': String(i), onclick: () => st.acceptProposal(i, s.form.proposalSpeaker[i] ?? idOf(p.speaker)) },
                t.accept,
              ),
              h('button', { type: 'button', 'data-reject': String(i), onclick: () => st.rejectProposal(i) }, t.reject),
            ),
          ),
        ),
    h('h2', { id: 'article-view-label' }, t.articleView),
    h('div', { id: 'article-view', class: 'article-view', tabindex: '0', 'aria-labelledby': 'article-view-label' }, body),
    h('p', { 'aria-live': 'polite', 'data-selection': selected }, t.selection(selected)),
    h('label', { for: 'selection-speaker' }, t.saidBy),
    speakerSelect(t, s, 'selection-speaker', s.form.selectionSpeaker, (v) => st.setForm({ selectionSpeaker: v })),
    h(
      'button',
      { type: 'button', 'data-action': 'quote-selection', 'aria-disabled': String(!selected), onclick: () => st.quoteSelection(s.form.selectionSpeaker) },
      t.quoteSelection,
    ),
    h('h2', {}, t.quotes),
    h(
      'ul',
      { class: 'quotes' },
      ...s.draft.manifest.quotes.map((q, i) => {
        const speaker = s.draft.manifest.speakers.find((x) => x.id === q.speaker);
        const problems = s.check.errors.filter((e) => e.path.startsWith(`quotes[${i}]`));
        return h(
          'li',
          { 'data-quote': q.id, 'aria-invalid': problems.length ? 'true' : false },
          h('q', {}, q.text),
          ` — ${speaker && isPublisher(s.draft.manifest, speaker) ? t.ownReporting(speaker.name) : (speaker?.name ?? q.speaker)} `,
          h('button', { type: 'button', 'aria-label': `${t.removeQuote}: ${q.text}`, onclick: () => st.removeQuote(q.id) }, t.removeQuote),
          ...problems.map((p) => problemLine(t, p)),
        );
      }),
    ),
  ];
}

export function studioPage(s: StudioState, store: StudioStore, act: StudioActions): HTMLElement[] {
  return studioParts(s, store, act).filter((e): e is HTMLElement => e !== null);
}

function studioParts(s: StudioState, store: StudioStore, act: StudioActions): (HTMLElement | null)[] {
  const t = studioCatalogs[s.language];
  const st = store.getState();
  const step = {
    source: () => sourceStep(t, s, store, act),
    quotes: () => quotesStep(t, s, store),
    levels: () => levelsStep(t, s, store, act),
    checks: () => checksStep(t, s),
    files: () => filesStep(t, s, act),
    assistant: () => assistantStep(t, s, store, act),
  }[s.step];
  return [
    h(
      'header',
      {},
      h('h1', {}, t.title),
      h('p', {}, t.intro),
      h('label', { for: 'studio-language' }, t.language),
      h(
        'select',
        { id: 'studio-language', onchange: (e: Event) => st.setLanguage((e.target as HTMLSelectElement).value as StudioLanguage) },
        h('option', { value: 'en', selected: s.language === 'en' }, 'English'),
        h('option', { value: 'es', selected: s.language === 'es' }, 'Español'),
      ),
      h('p', { role: 'status', 'data-status': '' }, s.saveFailed ? t.notSaved : s.status),
    ),
    h(
      'nav',
      { 'aria-label': t.title },
      h(
        'ol',
        {},
        ...STEPS.map((k) =>
          h('li', {}, h('button', { type: 'button', 'data-step': k, 'aria-current': s.step === k ? 'step' : false, onclick: () => st.setStep(k) }, t.steps[k])),
        ),
      ),
      h(
        'p',
        { 'data-problem-count': String(s.check.errors.length) },
        h('button', { type: 'button', onclick: () => st.setStep('checks') }, `${t.errors(s.check.errors.length)} — ${t.showAll}`),
      ),
    ),
    guidePanel(t, s, store),
    h('main', { 'data-step': s.step }, h('h2', {}, t.steps[s.step]), s.step === 'source' ? guideOffer(t, s, store) : null, ...step()),
  ];
}
