import { repeatedDirection, severalDirections } from '../directions/several-in-one';
import { filledText } from '../table/placeholder';
import { findingAt, NO_FINDINGS, type Rule } from './rule';

/**
 * 18个细化揭榜方向 (notice 一). A direction that is not on the known list: an error once the officer has given the
 * guide's full list, a warning while only the notice's six are known, with the nearest known name as a suggestion.
 * A cell that names two known directions or more (智能传感器、机器翻译系统) is told that it names several, since the
 * sheet gives each project one direction; the notice itself says nothing on it, so its severity is the rule's, as
 * for any cell that is not one known direction. A cell that writes one known direction twice (机器翻译系统/机器翻译系统)
 * names that direction, and is only asked, as a warning, to write it once.
 */
export const directionUnknown: Rule<'direction-unknown'> = {
  id: 'direction-unknown',
  defaultSeverity: 'error',
  row(entry, ctx) {
    // A dash or a slash is a direction left out, which required-missing reports.
    const direction = filledText(entry, 'direction');
    if (!direction || ctx.directions.find(direction)) return NO_FINDINGS;
    const place = { entry, field: 'direction' } as const;
    const { complete: listComplete, count, expected, source } = ctx.directions.info;
    const severity = listComplete ? 'error' : 'warning';
    // A list of too many directions is no partial one: the sentence must not ask for the full list; nor must it ask
    // for a list the officer gave.
    const listState =
      count > expected
        ? { listComplete, listTooLong: true as const }
        : !listComplete && source === 'file'
          ? { listComplete, listGiven: true as const }
          : { listComplete };
    if (ctx.directions.isCategoryAlone(direction))
      return [
        findingAt(ctx, 'direction-unknown', severity, place, {
          direction,
          categoryAlone: true,
          ...listState,
        }),
      ];
    const repeated = repeatedDirection(direction, ctx.directions);
    if (repeated) {
      const values = { direction, repeated: repeated.name, ...listState };
      return [findingAt(ctx, 'direction-unknown', 'warning', place, values)];
    }
    const several = severalDirections(direction, ctx.directions);
    if (several)
      return [findingAt(ctx, 'direction-unknown', severity, place, { direction, several, ...listState })];
    const nearest = ctx.directions.nearest(direction)?.name;
    const values = nearest ? { direction, nearest, ...listState } : { direction, ...listState };
    return [findingAt(ctx, 'direction-unknown', severity, place, values)];
  },
};
