import { normalise } from '../normalise/normalise';

/** A list or attachment number before a sheet's name: `2.`, `2、`, `(2)`, `二、`, `附件2-`, `附件2 `. */
const NUMBER_BEFORE =
  /^(?:附件\s*[0-9一二三四五六七八九十]{1,3}[\s.、:_-]*|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、_-]\s*|\([0-9一二三四五六七八九十]{1,3}\)\s*)/u;

/** What a sheet's name may say after the body's name: 推荐表, 推荐汇总表, 推荐项目, 项目汇总表, 名单. */
const WORDS_AFTER = /[\s_-]*(?:推荐|汇总|项目|申报|表|名单|清单)+$/u;

/**
 * The body's name in a sheet's name that writes a list number, an attachment number or words like 推荐表 around it
 * (`2.宁波市`, `附件2-宁波市`, `宁波市推荐表`), else the sheet's name as it is: a name of those words alone (`附件2`,
 * `汇总`) names no body.
 */
export function bodyInSheetName(sheetName: string): string {
  const body = normalise(sheetName).replace(NUMBER_BEFORE, '').replace(WORDS_AFTER, '');
  return body || sheetName;
}
