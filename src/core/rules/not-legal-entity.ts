import { firstWordIn } from '../normalise/word-match';
import { fieldText } from '../table/entry';
import { findingAt, NO_FINDINGS, type Rule } from './rule';

/** GB 32100-2015: registration authority 9 (market regulation), kind 2 — an individual business (个体工商户). */
const INDIVIDUAL_BUSINESS = /^92/u;

const UNIVERSITY = '大学';

/**
 * The university of a school or department named after it (浙江大学计算机科学与技术学院 → 浙江大学), by the endings
 * the profile lists; undefined for a university itself and for what merely starts with 大学 (大学城投资有限公司).
 */
function universityOfPart(name: string, endings: readonly string[]): string | undefined {
  const at = name.indexOf(UNIVERSITY);
  if (at <= 0) return undefined;
  const part = name.slice(at + UNIVERSITY.length);
  const isPart = endings.some((ending) => part.length > ending.length && part.endsWith(ending));
  return isPart ? name.slice(0, at + UNIVERSITY.length) : undefined;
}

/**
 * 应具备独立法人资格 (notice 二(一)). A branch (分公司、分行、办事处、代表处), a body not yet registered (筹备组,
 * 甲科技有限公司（筹）), a group inside a unit (课题组, 项目组, a university's 重点实验室), a partnership or sole
 * proprietorship (合伙企业, （有限合伙）, （个人独资）) or an individual business is no independent legal person;
 * the profile's branchWords list the words. So is a university's school or department (浙江大学计算机科学与技术学院,
 * the profile's universityPartEndings): the applicant is the university. A warning only, since only the registration
 * can prove it (an independent college may still bear its founder's name). Institutes and laboratories registered in
 * their own name (中国科学院自动化研究所, 之江实验室) are legal persons and are not flagged.
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
    const university = name ? universityOfPart(name, ctx.profile.universityPartEndings ?? []) : undefined;
    if (university) {
      const values = { unit, reason: 'university-part' as const, word: university };
      return [findingAt(ctx, 'not-legal-entity', 'warning', { entry, field: 'unit' }, values)];
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
