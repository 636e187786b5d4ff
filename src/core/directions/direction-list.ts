import { compactKey } from '../normalise/normalise';
import type { Direction, Profile } from '../profile';
import { CLOSE_BRACKET, OPEN_BRACKET } from '../normalise/written-brackets';
import { editDistance } from '../similarity/edit-distance';
import { categoryAloneReader, categoryReader, type WithCategory } from './written-category';

/** How complete the known direction list is (DESIGN.md, `directionList`). */
export interface DirectionListInfo {
  complete: boolean;
  count: number;
  expected: number;
  source: 'profile' | 'file';
  /**
   * In an officer's list longer than the notice states, its directions under no category where the others have one,
   * no more of them than it holds too many: most likely no directions (a title, a note), which the report names.
   */
  uncategorised?: string[];
}

/**
 * A list's numbering before a direction, as written: full-width digits and brackets, the numbers that Word's lists
 * write as one character (①, ⑴, ⒈ up to 20), a number and a space before a Chinese character, as lists copied from
 * a PDF read.
 * `1.智能传感器`, `12．智能传感器`, `（一）智能传感器`, `【三】智能传感器`, ` 3 、 智能传感器`, `①智能传感器`,
 * `7 智能传感器`; not `5G 智能网联汽车` nor `3D视觉` nor `3 D视觉`, whose number is part of the name.
 */
const LEADING_NUMBER =
  /[\u2460-\u249B]|(?:[(（〔［【[]\s*)?[一二三四五六七八九十\d０１２３４５６７８９]{1,3}\s*[)）〕］】\].、．]|[\d０１２３４５６７８９]{1,3}\s+(?=\p{Script=Han})/u;

/** A bullet before a list's item, as Word's bulleted lists paste and officers type it: `• `, `·<TAB>`, `- `, `▪`. */
const BULLET = /[•·‧∙・●○◦◆◇■□▪▫▸►▶➢➤✓✔√*＊\-－]/u;

/**
 * A label that numbers a direction as a task of the guide, or names it a direction: `任务8：`, `方向1：`, `任务一、`,
 * `揭榜方向：`. A colon or a number is needed: 任务 and 方向 alone may begin a direction's own name.
 */
const TASK_LABEL =
  /(?:揭榜|细化)?(?:任务|方向)\s*(?:[\d０１２３４５６７８９一二三四五六七八九十]{1,3}\s*[:：、.．]|[:：])/u;

/**
 * What a list writes before a direction, in any order and any number (`· 1.智能传感器`, `任务8：“智能传感器”`): its
 * numbering, bullets and labels, and spaces around them.
 */
const LIST_MARKS = new RegExp(
  String.raw`^\s*(?:(?:${LEADING_NUMBER.source}|${TASK_LABEL.source})\s*|${BULLET.source}\s*)+`,
  'u',
);

/** Whether a text is nothing but a list's numbering and bullets, as the first cell of a bulleted line is (`·`). */
export function isListMark(text: string): boolean {
  return text.trim() !== '' && text.replace(LIST_MARKS, '') === '';
}

/** The punctuation that ends an item or a heading of a list copied from a document: `智能传感器；`, `一、核心基础：`. */
const TRAILING_PUNCTUATION = /[\s；;。，,、.．:：]+$/u;

/**
 * Quotes or book-title marks around a whole direction, as some lists write each one (`“智能传感器”`, `《机器翻译系统》`),
 * with nothing of their kind between them: `“天璇”芯片` and `“甲”与“乙”` keep theirs.
 */
const ENCLOSING_MARKS =
  /^(?:“([^“”]+)”|"([^"]+)"|「([^「」]+)」|『([^『』]+)』|‘([^‘’]+)’|'([^']+)'|《([^《》]+)》|〈([^〈〉]+)〉)$/u;

function withoutEnclosingMarks(text: string): string {
  const enclosed = ENCLOSING_MARKS.exec(text);
  return enclosed?.slice(1).find((inside) => inside !== undefined) ?? text;
}

/**
 * A direction as the officer wrote it, without the list's numbering, bullets and labels (see LIST_MARKS), closing
 * punctuation, spaces and quotes around it.
 */
export function directionName(text: string): string {
  const bare = text.replace(LIST_MARKS, '').replace(TRAILING_PUNCTUATION, '').trim();
  return withoutEnclosingMarks(bare).trim() || text.trim();
}

/** The word 方向 after a direction's name, as officers write it (智能传感器方向): it names no other direction. */
const TRAILING_WORD = /(?<=.)方向$/u;

/**
 * The comparison key of a direction: normalised, without the list's numbering, bullets and labels, closing
 * punctuation, quotes around it and a trailing 方向.
 */
export function directionKey(text: string): string {
  // The numbering goes first: normalising would turn ① into a bare 1, which can begin a direction (3D视觉 …).
  const compact = compactKey(text.replace(LIST_MARKS, '')).replace(TRAILING_PUNCTUATION, '');
  return withoutEnclosingMarks(compact).replace(TRAILING_WORD, '');
}

/** AI standing alone among Latin letters, as officers abbreviate 人工智能 (云端AI芯片, 终端AI推断框架). */
const AI = /(?<![a-z])ai(?![a-z])/giu;

/** A direction key with AI spelled out. */
const spelledOut = (key: string) => key.replace(AI, '人工智能');

/**
 * The key a suggestion is looked for by: the direction's key with AI spelled out, so that 高性能云端AI芯片 is told to be
 * 高性能云端人工智能芯片. Only suggested: the sheet must name the direction as the guide does.
 */
export function suggestionKey(text: string): string {
  return spelledOut(directionKey(text));
}

/** A remark in brackets at a text's end: `（MEMS）` of 智能传感器（MEMS）, `（方向3）`, `【多语种】`. */
const REMARK_AT_END = new RegExp(`\\s*${OPEN_BRACKET}[^（(【〔［[）)】〕］\\]]*${CLOSE_BRACKET}\\s*$`, 'u');

/** A text without the remarks in brackets at its end, one after another: 智能传感器 of 智能传感器（MEMS）（方向3）. */
function withoutRemarks(text: string): string {
  const bare = text.replace(REMARK_AT_END, '');
  return bare === text || bare === '' ? text : withoutRemarks(bare);
}

/** A known direction that a cell names, and the category it writes beside it (重点产品 of `重点产品-智能传感器`). */
interface Named {
  direction: Direction;
  beside?: string;
}

/**
 * The directions of the call: the six that the notice names, joined by the officer's full list from the guide.
 * A list is complete when it holds as many directions as the notice states (18): one with fewer is partial, and one
 * with more is no list of this call's directions, which the report says. The officer's file alone counts once it
 * holds that many, the notice's six joining it only as other wordings.
 */
export class DirectionList {
  private readonly byKey = new Map<string, Direction>();
  /** The direction each wording names and the category it writes beside it, null where it names none. */
  private readonly found = new Map<string, Named | null>();
  private readonly suggested = new Map<string, Direction | undefined>();
  private readonly withCategory: (text: string) => WithCategory | undefined;
  /** Whether a cell names one of the categories alone, where a direction should be (核心基础). */
  readonly isCategoryAlone: (text: string) => boolean;
  readonly info: DirectionListInfo;

  constructor(profile: Profile, fromFile?: readonly Direction[]) {
    this.withCategory = categoryReader(profile.categories);
    this.isCategoryAlone = categoryAloneReader(profile.categories);
    for (const direction of profile.directions) this.byKey.set(directionKey(direction.name), direction);
    // The officer's list is the guide itself: it wins over the profile, whose categories for the notice's six are
    // only inferred from the notice's order (reference §4). Within the list, the first line naming a direction
    // wins, and a later one only fills in a category it lacks.
    const fromOfficer = new Set<string>();
    for (const direction of fromFile ?? []) {
      const key = directionKey(direction.name);
      const known = this.byKey.get(key);
      // A category numbered as the guide numbers its headings (一、核心基础) is compared without its number.
      const written = direction.category && directionName(direction.category);
      if (!known || !fromOfficer.has(key)) {
        // Shown in suggestions and summaries: the officer's wording, without the list's numbering.
        const name = directionName(direction.name);
        const category = written || known?.category;
        this.byKey.set(key, category ? { name, category } : { name });
        fromOfficer.add(key);
      } else if (!known.category && written) this.byKey.set(key, { ...known, category: written });
    }
    // One of the notice's six that the officer's list words with AI (终端AI推断框架) is the officer's direction.
    const officerBySuggestion = new Map(
      [...fromOfficer].map((key) => [spelledOut(key), this.byKey.get(key)!]),
    );
    for (const { name } of profile.directions) {
      const key = directionKey(name);
      const same = fromOfficer.has(key) ? undefined : officerBySuggestion.get(spelledOut(key));
      if (same) this.byKey.set(key, same);
    }
    // A file of the notice's number of directions or more is the guide's whole list, even where it words one of the
    // notice's six otherwise: that wording stays known, but is no direction of its own.
    const count =
      fromOfficer.size >= profile.directionsExpected ? fromOfficer.size : new Set(this.byKey.values()).size;
    const uncategorised = [...fromOfficer].map((key) => this.byKey.get(key)!).filter((d) => !d.category);
    const excess = count - profile.directionsExpected;
    const suspect = excess > 0 && uncategorised.length <= excess && uncategorised.length < fromOfficer.size;
    this.info = {
      complete: count === profile.directionsExpected,
      count,
      expected: profile.directionsExpected,
      source: fromFile ? 'file' : 'profile',
      ...(suspect && uncategorised.length > 0
        ? { uncategorised: uncategorised.map(({ name }) => name) }
        : {}),
    };
  }

  /**
   * The known direction a cell names, if any: alone, or with a category beside it (`核心基础-智能传感器`,
   * `智能传感器（核心基础）`), its own or another (`重点产品-智能传感器`), which `categoryBeside` tells.
   */
  find(text: string): Direction | undefined {
    return this.named(text)?.direction;
  }

  /** The category that a cell naming a known direction writes beside it (重点产品 of `重点产品-智能传感器`), if any. */
  categoryBeside(text: string): string | undefined {
    return this.named(text)?.beside;
  }

  private named(text: string): Named | undefined {
    // Thousands of rows name a handful of directions: key each wording once.
    let found = this.found.get(text);
    if (found === undefined) this.found.set(text, (found = this.lookUp(text) ?? null));
    return found ?? undefined;
  }

  private lookUp(text: string): Named | undefined {
    const alone = this.byKey.get(directionKey(text));
    if (alone) return { direction: alone };
    const written = this.withCategory(text);
    const direction = written && this.byKey.get(directionKey(written.direction));
    return direction && { direction, beside: written.category };
  }

  /**
   * The known direction that an unknown one plausibly means, as a suggestion; none when nothing is plausible or two
   * are equally so. A wrong suggestion leads the officer into a wrong edit, so this refuses rather than guesses. A
   * category written beside it (`重点产品-智能传感器`) is left out, and a known direction before a remark in brackets
   * (智能传感器（MEMS）) is the one suggested.
   */
  nearest(text: string): Direction | undefined {
    if (!this.suggested.has(text)) {
      const direction = this.withCategory(text)?.direction ?? text;
      const beforeRemarks = this.find(withoutRemarks(direction));
      this.suggested.set(text, beforeRemarks ?? this.suggest(suggestionKey(direction)));
    }
    return this.suggested.get(text);
  }

  private suggest(key: string): Direction | undefined {
    if (key === '') return undefined;
    // 1. Every known direction that is a plausible reading: a typo, or a short or long form of it.
    const plausible: { direction: Direction; distance: number; typo: boolean; wordsLeftOut: boolean }[] = [];
    for (const [wordingKey, direction] of this.byKey) {
      // A direction known in two wordings that spell AI out alike (终端AI推断框架) is one reading.
      if (plausible.some((reading) => reading.direction === direction)) continue;
      const knownKey = spelledOut(wordingKey);
      const distance = editDistance(key, knownKey);
      const typo = distance <= typoAllowance(key, knownKey);
      const form = formOf(key, knownKey);
      if (typo || form) plausible.push({ direction, distance, typo, wordsLeftOut: form === 'short' });
    }
    if (plausible.length <= 1) return plausible[0]?.direction;
    // 2. Several. A direction the officer left words out of is far stronger evidence than a near typo of another
    // (高性能边缘端人工智能芯片 is no typo of 高性能云端人工智能芯片): the only one is suggested, and with two
    // (高性能人工智能芯片 reads as either chip) nothing is.
    const shortened = plausible.filter((reading) => reading.wordsLeftOut);
    if (shortened.length === 1) return shortened[0]!.direction;
    if (shortened.length > 1) return undefined;
    // 3. Only typos and long forms: only a typo strictly nearer than every other reading is suggested.
    plausible.sort((a, b) => a.distance - b.distance);
    const [first, second] = plausible;
    return first?.typo && second && first.distance < second.distance ? first.direction : undefined;
  }
}

/**
 * Words that many directions share (智能传感器, 智能服务机器人, 人工智能训练资源库 …): sharing them says nothing about
 * which direction was meant, and a short form of a direction often leaves them out (终端推断框架).
 */
const GENERIC_WORDS = /人工智能|智能/gu;

/**
 * How many edits a typo may take between two keys: one in three characters of the longer, and at least one
 * (机器翻译平台 for 机器翻译系统: 2 of 6; 智能无人机 for 智能传感器: 3 of 5, too many).
 */
export function typoAllowance(a: string, b: string): number {
  return Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));
}

/**
 * Which form of a known key a written one is, if any: with the generic words left out of both, the shorter has at
 * least two characters and is at least half as long, and a short form is the known key with words left out, a long
 * form one that contains the known key whole. `训练资源库`, `终端推断框架` and `高性能终端人工智能芯片` are short forms
 * of 人工智能训练资源库, 终端人工智能推断框架 and 高性能边缘端/终端计算人工智能芯片, `智能传感器件` a long form of
 * 智能传感器; `智能无人机` is no form of 智能传感器 (only 智能 is shared), nor `系统` of 机器翻译系统 (too short to
 * tell), nor `高性能云端baidu芯片` of 高性能云端人工智能芯片 (a word added inside it).
 */
export function formOf(written: string, known: string): 'short' | 'long' | undefined {
  const [x, y] = [written.replace(GENERIC_WORDS, ''), known.replace(GENERIC_WORDS, '')];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 2 || short.length * 2 < long.length) return undefined;
  if (short === x) return leavesOut(long, short) ? 'short' : undefined;
  return long.includes(short) ? 'long' : undefined;
}

/** Whether `short` is `long` with some of its characters left out, the others in their order. */
function leavesOut(long: string, short: string): boolean {
  const wanted = [...short];
  let at = 0;
  for (const char of long) if (char === wanted[at]) at++;
  return at === wanted.length;
}
