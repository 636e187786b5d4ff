import { rankOf } from '../table/choice';
import type { Entry } from '../table/entry';
import { findingAt, type Rule } from './rule';

/** Rows in the order the officer would drop them from: by rank where the sheet ranks, then in sheet order. */
function inDropOrder(entries: readonly Entry[]): Entry[] {
  return entries
    .map((entry, index) => ({ entry, index, rank: rankOf(entry) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ entry }) => entry);
}

/**
 * 各省、自治区、直辖市…、人工智能相关行业组织推荐项目数量原则上不超过15个；计划单列市…原则上不超过5个；中央企业集团和部属单位
 * 不占属地指标…原则上不超过3个 (notice 三(二)). Each row past the cap gets a finding that says how many to drop.
 */
export const quotaExceeded: Rule<'quota-exceeded'> = {
  id: 'quota-exceeded',
  defaultSeverity: 'error',
  end(ctx) {
    const findings = [];
    for (const group of ctx.recommenders) {
      const counted = inDropOrder(group.counted);
      if (counted.length <= group.cap) continue;
      const values = {
        recommenders: group.names,
        type: group.type,
        typeFrom: group.typeFrom,
        cap: group.cap,
        capOf: group.capOf,
        ...(group.province ? { province: group.province } : {}),
        counted: counted.length,
        drop: counted.length - group.cap,
      };
      for (const entry of counted.slice(group.cap)) {
        const field = entry.cells.choice ? 'choice' : 'project';
        findings.push(findingAt(ctx, 'quota-exceeded', 'error', { entry, field }, values));
      }
    }
    return findings;
  },
};
