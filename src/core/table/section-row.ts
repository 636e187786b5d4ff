import type { Field } from '../fields';
import type { MergeRange } from '../grid';
import { endsAsUnit } from '../units/unit-endings';

/**
 * A group's name and a total's word, with a count after it or not, after normalising: 鄞州区小计, 核心基础合计：3项,
 * 海曙区小计（3项）. A title ends otherwise even where it holds the word (联合计算平台).
 */
const SUBTOTAL = /^[^:\d]{1,12}?(?:小计|合计|总计)(?:[:(].*|\d+个?项目?)?$/u;

/**
 * A count of projects after a group's name: （2项）, （共3项）, 共3个项目. Bare digits before 项目 are no count: they
 * end a title (同传系统2.0项目, 面向工业4.0项目).
 */
const COUNT = /(?:\(共?\d+个?项目?\)|共\d+个?项目?)$/u;

/**
 * A district, county or city alone, perhaps numbered as a part of the table: 鄞州区, 一、鄞州区, （二）海曙区. A shop
 * (永辉超市) is a unit, and so is a longer name that ends as a place does (苏州工业园区, 天津滨海新区): a zone's
 * administration applies under such names.
 */
const PLACE =
  /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[、.])?\p{Script=Han}{1,4}(?:[区县旗]|(?<![超城])市)$/u;

/** Whether a row's first text totals a group of the table's rows (鄞州区小计): no project, as 合计 is none. */
export function isSubtotal(key: string): boolean {
  return SUBTOTAL.test(key);
}

/**
 * Whether the one text of a row without a 序号, in the column of `field`, heads a group of the table's rows: written
 * across the row (a merge of three columns or more), a group's name with its count (鄞州区（2项）, 重点产品（共3项）),
 * or a place alone in the unit column (鄞州区, 一、海曙区). A unit's name with a count is a project's unit, and a title
 * alone (智慧城市) a project's title: such rows are projects with their other fields left blank. In the column of
 * another field, such a row is left to the table's reader: the guide's list of directions names each group's
 * category on its row (一、核心基础（共2项）).
 */
export function headsGroup(key: string, field: Field, merge: MergeRange | undefined): boolean {
  if (field !== 'unit' && field !== 'project') return false;
  if (merge && merge.right - merge.left >= 2) return true;
  const label = key.replace(COUNT, '');
  if (label !== key) return label !== '' && !endsAsUnit(label);
  return field === 'unit' && PLACE.test(key);
}
