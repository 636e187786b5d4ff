import type { CheckRequest } from '../taskpane/check-request';
import type { PcLists, WorkbookChoices } from '../taskpane/settings';

/** The check request for the officer's choices and lists (all sheets and the inferred type when none are chosen). */
export function checkRequest(choices: WorkbookChoices, lists: PcLists): CheckRequest {
  return {
    ...(choices.sheets && choices.sheets.length > 0 ? { sheets: choices.sheets } : {}),
    ...(choices.recommenderType ? { recommenderType: choices.recommenderType } : {}),
    ...(lists.winners ? { winners: lists.winners.winners } : {}),
    ...(lists.directions ? { directions: lists.directions.directions } : {}),
  };
}
