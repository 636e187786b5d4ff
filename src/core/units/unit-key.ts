import { normalise } from '../normalise/normalise';
import { codeUnitAt } from '../normalise/code-units';

/**
 * A space that is no part of a name: any space but one between two letters or digits of a Latin name (Huawei
 * Technologies). `中国科学院 自动化研究所`, `深圳市 甲科技有限公司 （南山）` and `Co., Ltd.` have such spaces.
 */
const SPACE_OUTSIDE_WORDS = / (?![A-Za-z\d])|(?<![A-Za-z\d]) /gu;

/** Marks that officers put after a unit's name to draw the eye, no part of it: `甲科技有限公司*`, `※`. */
const TRAILING_MARKS = /\s*[*※]+$/u;

const endsWithMark = (text: string) => {
  const last = codeUnitAt(text, text.length - 1);
  return last === 0x2a || last === 0x203b;
};

/**
 * The comparison key of a unit's name (reference §5: a unit is identified by its normalised name after its code):
 * normalised, and without the spaces that officers put between the parts of a Chinese name, so that 中国科学院
 * 自动化研究所 and 中国科学院自动化研究所 are one unit. A space between two Latin words stays; a mark after the name
 * (`*`) goes.
 */
export function unitKey(name: string): string {
  const normalised = normalise(name);
  // Told by the last character first: the expression, anchored at the end, is tried at every character of a name.
  const normal = endsWithMark(normalised) ? normalised.replace(TRAILING_MARKS, '') : normalised;
  return normal.includes(' ') ? normal.replace(SPACE_OUTSIDE_WORDS, '') : normal;
}
