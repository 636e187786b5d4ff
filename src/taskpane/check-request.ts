import type { CheckOptions, CheckOutcome } from '../core/check';
import type { WorkbookGrid } from '../core/grid';
import type { Direction, Profile } from '../core/profile';
import type { RecommenderType } from '../core/recommender-type';
import { WinnersList, type Winner } from '../core/winners/winners-list';
import type { PcLists, WorkbookChoices } from './settings';

/** What a check needs besides the grid, as plain data that can be posted to a Web Worker. */
export interface CheckRequest {
  sheets?: string[];
  recommenderType?: RecommenderType;
  winners?: Winner[];
  directions?: Direction[];
}

/** Runs the engine on a grid, here or in a worker. */
export type CheckRunner = (grid: WorkbookGrid, request: CheckRequest) => Promise<CheckOutcome>;

/** The engine's options for a request. */
export function checkOptions(request: CheckRequest, profile: Profile): CheckOptions {
  return {
    profile,
    ...(request.sheets && request.sheets.length > 0 ? { sheets: request.sheets } : {}),
    ...(request.recommenderType ? { recommenderType: request.recommenderType } : {}),
    ...(request.winners ? { winners: new WinnersList(request.winners) } : {}),
    ...(request.directions ? { directions: request.directions } : {}),
  };
}

/** The request for the officer's choices and lists: all data sheets and the inferred type where none are chosen. */
export function checkRequest(choices: WorkbookChoices, lists: PcLists): CheckRequest {
  return {
    ...(choices.sheets && choices.sheets.length > 0 ? { sheets: choices.sheets } : {}),
    ...(choices.recommenderType ? { recommenderType: choices.recommenderType } : {}),
    ...(lists.winners ? { winners: lists.winners.winners } : {}),
    ...(lists.directions ? { directions: lists.directions.directions } : {}),
  };
}
