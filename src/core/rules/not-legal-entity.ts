import { firstWordIn } from '../normalise/word-match';
import { fieldText, type Entry } from '../table/entry';
import { applicantAsWritten, unitsNamedTogether } from '../units/applicant-unit';
import { endsAsUnit } from '../units/unit-endings';
import { withoutRoleNotes } from '../units/unit-notes';
import { companyOfPart, instituteOfPart, universityOfPart } from '../units/unit-parts';
import { writtenPrefix } from '../units/written-prefix';
import { findingAt, NO_FINDINGS, type Rule, type RuleContext } from './rule';

/** GB 32100-2015: registration authority 9 (market regulation), kind 2 — an individual business (个体工商户). */
const INDIVIDUAL_BUSINESS = '92';

/**
 * GB 32100-2015: registration authority 5 (civil affairs): a social organisation, a private non-enterprise unit or a
 * foundation, each a legal person in its own name. An independent college (独立学院) is registered so: its name is
 * its founding university's with 学院 after it, yet it is no school of that university. So are many standing bodies
 * named 联合体 (中关村人工智能产业联合体, a social organisation).
 */
const CIVIL_AFFAIRS = '5';

/** How a consortium's name ends: 甲科技有限公司与乙大学联合体, 中关村人工智能产业联合体. */
const CONSORTIUM = /联合体$/u;

/**
 * What a unit named 联合体 is: a join of the members it names (甲科技有限公司与乙大学联合体, 甲科技有限公司、乙大学联合体,
 * or its lead alone: 甲科技有限公司（等）联合体),
 * whose members apply, each a legal person, the consortium none; or a standing body (中关村人工智能产业联合体), which
 * is often registered as a social organisation and may be a legal person. Undefined for any other unit.
 */
function consortiumKind(
  cell: string,
  name: string | undefined,
): 'consortium' | 'standing-consortium' | undefined {
  // Told at once for almost every row: reading the notes out of each cell took more than the rest of the rule.
  if (!cell.includes('联合体')) return undefined;
  const written = withoutRoleNotes(cell.trim());
  // Its members before 联合体, or its lead alone, with or without 等 (北京甲科技有限公司等联合体).
  const members = written.replace(CONSORTIUM, '').replace(/等$/u, '');
  if (CONSORTIUM.test(written) && (unitsNamedTogether(members).length > 1 || endsAsUnit(members)))
    return 'consortium';
  return name && CONSORTIUM.test(name) ? 'standing-consortium' : undefined;
}

/** A company's legal form ending its name, after a branch's word that is then a part of the company's own name. */
const COMPANY_ENDING = /有限(?:责任)?公司$/u;

/**
 * The profile's branch word that a name holds, unless the word is a part of a company's own name that goes on after
 * it (深圳市分公司管理咨询有限公司), where a branch's name ends with it (甲科技有限公司上海分公司, 甲科技有限公司（筹）).
 */
function branchWordIn(name: string, words: readonly string[]): string | undefined {
  const word = firstWordIn(name, words);
  return word && !COMPANY_ENDING.test(name.slice(name.indexOf(word) + word.length)) ? word : undefined;
}

/** The names of each unit's rows, normalised, found once a unit: a code filled down may give a unit thousands. */
const unitNames = new WeakMap<readonly Entry[], Set<string | undefined>>();

/** The names of the rows of the row's unit (see unitNames). */
function namesOfUnit(ctx: RuleContext, entry: Entry): Set<string | undefined> {
  const unit = ctx.units.unitOf(entry);
  const rows = unit === undefined ? [entry] : ctx.units.units[unit]!;
  let names = unitNames.get(rows);
  if (!names) unitNames.set(rows, (names = new Set(rows.map((row) => ctx.units.nameOf(row)))));
  return names;
}

/**
 * The legal person that a part's owner is itself a part of, where it is one (北京大学 of 北京大学人工智能研究院, the
 * owner of 北京大学人工智能研究院视觉实验室): the unit the row counts with, and the one to write as the applicant.
 */
function legalPersonAbove(ctx: RuleContext, entry: Entry, owner: string): string {
  const top = ctx.units.parentOf(entry);
  return top !== undefined && owner.startsWith(top) ? top : owner;
}

/**
 * 应具备独立法人资格 (notice 二(一)). A branch (分公司、分行、办事处、代表处), a body not yet registered (筹备组,
 * 甲科技有限公司（筹）), a group inside a unit (课题组, 项目组, a university's 重点实验室), a partnership or sole
 * proprietorship (合伙企业, （有限合伙）, （个人独资）) or an individual business is no independent legal person;
 * the profile's branchWords list the words. So is a university's school or department (浙江大学计算机科学与技术学院,
 * 清华大学智能产业研究院, the profile's universityPartEndings): the applicant is the university. One named after its
 * university for a place or otherwise (浙江大学城市学院, 北京大学深圳研究生院) may be an independent college or a body
 * registered apart, not counted with the university: the officer is asked to verify it, not to write the university
 * in its place; written with the university's code, it is counted with the university, and told so. A company's division or laboratory (甲科技有限公司人工智能事业部, the profile's companyPartEndings)
 * is no legal person either, nor is an institute's laboratory (中国科学院计算技术研究所智能计算实验室, the profile's
 * institutePartEndings), nor a consortium of the members it names (甲科技有限公司与乙大学联合体), whose lead applies
 * with the others as its joint applicants; a standing body named 联合体 (中关村人工智能产业联合体) is asked to be
 * verified. A branch's word inside a company's own name (深圳市分公司管理咨询有限公司) is no branch.
 * A warning only, since only the registration
 * can prove it; a unit with a civil-affairs code (5…) is registered apart, as an independent college that bears its
 * founder's name is, and is no school. Institutes and laboratories registered in their own name
 * (中国科学院自动化研究所, 之江实验室) are legal persons and are not flagged.
 */
export const notLegalEntity: Rule<'not-legal-entity'> = {
  id: 'not-legal-entity',
  defaultSeverity: 'warning',
  row(entry, ctx) {
    const unit = fieldText(entry, 'unit');
    const name = ctx.units.nameOf(entry);
    const reading = ctx.codes[entry.index];
    const registeredApart =
      reading?.problem === undefined && (reading?.code.startsWith(CIVIL_AFFAIRS) ?? false);
    const consortium = registeredApart ? undefined : consortiumKind(unit, name);
    if (consortium) {
      const values = { unit, reason: consortium, word: '联合体' };
      return [findingAt(ctx, 'not-legal-entity', 'warning', { entry, field: 'unit' }, values)];
    }
    const word = name ? branchWordIn(name, ctx.profile.branchWords) : undefined;
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
    const university = name && !registeredApart && universityOfPart(name, ctx.profile);
    if (university) {
      const part = ctx.units.parentOf(entry) === university;
      const reason = part ? ('university-part' as const) : ('university-affiliate' as const);
      const counted = !part && namesOfUnit(ctx, entry).has(university);
      const word = writtenPrefix(applicantAsWritten(unit, name), university);
      const values = { unit, reason, word, ...(counted ? { counted: true as const } : {}) };
      return [findingAt(ctx, 'not-legal-entity', 'warning', { entry, field: 'unit' }, values)];
    }
    const company = name && companyOfPart(name, ctx.profile);
    if (company) {
      const word = writtenPrefix(applicantAsWritten(unit, name), legalPersonAbove(ctx, entry, company));
      const values = { unit, reason: 'company-part' as const, word };
      return [findingAt(ctx, 'not-legal-entity', 'warning', { entry, field: 'unit' }, values)];
    }
    const institute = name && instituteOfPart(name, ctx.profile);
    if (institute) {
      const word = writtenPrefix(applicantAsWritten(unit, name), legalPersonAbove(ctx, entry, institute));
      const values = { unit, reason: 'institute-part' as const, word };
      return [findingAt(ctx, 'not-legal-entity', 'warning', { entry, field: 'unit' }, values)];
    }
    const code = entry.cells.uscc;
    if (code && typeof code.value === 'string' && reading && reading.code.startsWith(INDIVIDUAL_BUSINESS)) {
      const values = { unit, reason: 'individual' as const, word: code.text };
      return [findingAt(ctx, 'not-legal-entity', 'warning', { entry, field: 'uscc' }, values)];
    }
    return NO_FINDINGS;
  },
};
