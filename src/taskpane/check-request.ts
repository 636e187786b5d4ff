import type { CheckOptions, CheckOutcome } from '../core/check';
import type { WorkbookGrid } from '../core/grid';
import type { Direction, Profile } from '../core/profile';
import type { RecommenderType } from '../core/recommender-type';
import { WinnersList, type Winner } from '../core/winners/winners-list';

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
