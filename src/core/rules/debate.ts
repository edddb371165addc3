/**
 * Debate rounds in progress: the drafts and moves of the drafted round kinds. Each kind's own
 * rules are in src/core/rounds/<kind>.ts; this module names what the reducer and views share.
 */
export type { CaseDraft, Draft, Mode, Side, Team, VerdictDraft, WhosWhoDraft } from './stateSchema';
export type { ConfirmResult, DebateMove, MoveResult } from '../rounds/kind';
export { applyMove, candidateMoves, confirmDraft, isDraftRound as isDebateRound, newDraft } from '../rounds/registry';
export { caseTurn, stanceOf } from '../rounds/case';
