import { fieldText } from '../table/entry';
import { findingAt, type Rule } from './rule';

/**
 * 18个细化揭榜方向 (notice 一). A direction that is not on the known list: an error once the officer has given the
 * guide's full list, a warning while only the notice's six are known, with the nearest known name as a suggestion.
 */
export const directionUnknown: Rule<'direction-unknown'> = {
  id: 'direction-unknown',
  defaultSeverity: 'error',
  row(entry, ctx) {
    const direction = fieldText(entry, 'direction');
    if (!direction || ctx.directions.find(direction)) return [];
    const listComplete = ctx.directions.info.complete;
    const nearest = ctx.directions.nearest(direction)?.name;
    const values = nearest ? { direction, nearest, listComplete } : { direction, listComplete };
    const severity = listComplete ? 'error' : 'warning';
    return [findingAt(ctx, 'direction-unknown', severity, { entry, field: 'direction' }, values)];
  },
};
