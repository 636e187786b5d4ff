import { firstWordIn } from '../normalise/word-match';
import { fieldText } from '../table/entry';
import { findingAt, NO_FINDINGS, type Rule } from './rule';

/** GB 32100-2015: registration authority 9 (market regulation), kind 2 — an individual business (个体工商户). */
const INDIVIDUAL_BUSINESS = /^92/u;

/**
 * 应具备独立法人资格 (notice 二(一)). A branch (分公司、分行、办事处、代表处), a body not yet registered (筹备组,
 * 甲科技有限公司（筹）), a group inside a unit (课题组, 项目组, a university's 重点实验室), a partnership or sole
 * proprietorship (合伙企业, （有限合伙）, （个人独资）) or an individual business is no independent legal person;
 * the profile's branchWords list the words. A warning only, since only the registration can prove it. Institutes
 * and laboratories registered in their own name (中国科学院自动化研究所, 之江实验室) are legal persons and are not
 * flagged.
 */
export const notLegalEntity: Rule<'not-legal-entity'> = {
  id: 'not-legal-entity',
  defaultSeverity: 'warning',
  row(entry, ctx) {
    const unit = fieldText(entry, 'unit');
    const name = ctx.units.nameOf(entry);
    const word = name ? firstWordIn(name, ctx.profile.branchWords) : undefined;
    if (word) {
      return [
        findingAt(
          ctx,
          'not-legal-entity',
          'warning',
          { entry, field: 'unit' },
          { unit, reason: 'branch', word },
        ),
      ];
    }
    const code = entry.cells.uscc;
    const reading = ctx.codes[entry.index];
    if (code && typeof code.value === 'string' && reading && INDIVIDUAL_BUSINESS.test(reading.code)) {
      const values = { unit, reason: 'individual' as const, word: code.text };
      return [findingAt(ctx, 'not-legal-entity', 'warning', { entry, field: 'uscc' }, values)];
    }
    return NO_FINDINGS;
  },
};
