import * as v from 'valibot';
import type { Direction } from '../core/profile';
import { RECOMMENDER_TYPES, type RecommenderType } from '../core/recommender-type';
import type { Winner } from '../core/winners/winners-list';

/**
 * A place that keeps strings by key. The pane keeps two: one on the officer's PC (the add-in's own storage, shared
 * by every workbook) and one in the open workbook (its add-in settings).
 */
export interface KeyValueStore {
  get(key: string): string | undefined;
  set(key: string, value: string): Promise<void>;
}

/** The lists that belong to the whole call: kept on the PC, reused for every workbook. */
export interface PcLists {
  winners?: { source: string; winners: Winner[] };
  /** `text` is what the officer typed, kept so that the box shows it again. */
  directions?: { source: string; directions: Direction[]; text?: string };
}

/** The choices that belong to one workbook, kept in it. */
export interface WorkbookChoices {
  recommenderType?: RecommenderType;
  /** Only these sheets; every data sheet when absent or empty. */
  sheets?: string[];
}

const PcListsSchema = v.object({
  winners: v.optional(
    v.object({
      source: v.string(),
      winners: v.array(
        v.object({
          project: v.string(),
          unit: v.string(),
          direction: v.string(),
          codes: v.optional(v.array(v.string())),
        }),
      ),
    }),
  ),
  directions: v.optional(
    v.object({
      source: v.string(),
      directions: v.array(v.object({ name: v.string(), category: v.optional(v.string()) })),
      text: v.optional(v.string()),
    }),
  ),
});

const ChoicesSchema = v.object({
  recommenderType: v.optional(v.picklist(RECOMMENDER_TYPES)),
  sheets: v.optional(v.array(v.string())),
});

const PC_KEY = 'quota-check.lists.v1';
const WORKBOOK_KEY = 'quota-check.choices.v1';

/** Parsed JSON that the schema accepts; nothing for a missing or damaged value, which then counts as not set. */
function parsed<T>(schema: v.GenericSchema<unknown, T>, text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    const result = v.safeParse(schema, JSON.parse(text));
    return result.success ? result.output : undefined;
  } catch {
    return undefined;
  }
}

/** The PC's lists. */
export const loadPcLists = (store: KeyValueStore): PcLists => parsed(PcListsSchema, store.get(PC_KEY)) ?? {};

/** Keeps the PC's lists. */
export const savePcLists = (store: KeyValueStore, lists: PcLists): Promise<void> =>
  store.set(PC_KEY, JSON.stringify(lists));

/** The open workbook's choices. */
export const loadChoices = (store: KeyValueStore): WorkbookChoices =>
  parsed(ChoicesSchema, store.get(WORKBOOK_KEY)) ?? {};

/** Keeps the open workbook's choices. */
export const saveChoices = (store: KeyValueStore, choices: WorkbookChoices): Promise<void> =>
  store.set(WORKBOOK_KEY, JSON.stringify(choices));
