import { TEAM_NAME_MAX } from '../core/rules/choices';
import type { GameStore } from '../state/store';
import { t } from '../i18n/strings';
import { teamName } from '../i18n/teamName';
import { modalDialog, showModal } from './modal';

/**
 * Renaming a team needs typing, which a canvas cannot do well: a real form over the game,
 * with a labelled text field. Enter saves, Esc (or Cancel) leaves the name as it was.
 * Returns a function that closes it.
 */
export function openRenameDialog(store: GameStore, team: number, doc: Document = document): () => void {
  doc.querySelector('.rename-dialog')?.remove();
  const box = modalDialog(doc, 'rename-dialog');
  const form = doc.createElement('form');
  const label = doc.createElement('label');
  label.htmlFor = 'team-name';
  label.id = 'team-name-label';
  box.setAttribute('aria-labelledby', label.id);
  label.textContent = t.renameLabel(teamName(store.getState().game.teams, team));
  const input = doc.createElement('input');
  input.id = 'team-name';
  input.maxLength = TEAM_NAME_MAX;
  input.autocomplete = 'off';
  input.value = store.getState().game.teams[team] ?? '';
  const buttons = doc.createElement('div');
  buttons.className = 'buttons';
  const cancel = doc.createElement('button');
  cancel.type = 'button';
  cancel.textContent = t.renameCancel;
  const save = doc.createElement('button');
  save.type = 'submit';
  save.textContent = t.renameSave;
  buttons.append(cancel, save);
  form.append(label, input, buttons);
  box.append(form);
  const close = () => box.close();
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    store.getState().dispatch({ type: 'renameTeam', team, name: input.value });
    close();
  });
  cancel.addEventListener('click', close);
  showModal(doc, box, input);
  input.select();
  return close;
}
