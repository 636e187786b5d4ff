import { findingAt, type Rule } from './rule';

/**
 * A template's example row left under the header (序号 示例, 申报单位 （示例）XX科技有限公司). It is no project, so no
 * other rule reads it and no count includes it; but the sheet would submit it, so it is an error until deleted.
 */
export const exampleRow: Rule<'example-row'> = {
  id: 'example-row',
  defaultSeverity: 'error',
  end(ctx) {
    return ctx.tables.flatMap((table) =>
      table.examples.map(({ entry, mark }) =>
        findingAt(ctx, 'example-row', 'error', { entry, field: mark.field }, { word: mark.word }),
      ),
    );
  },
};
