import type { Workbook } from 'exceljs';
import type { RenderStep, RenderStepName } from './package-parts';

/** The steps of ExcelJS's xlsx reader and writer that a hook may wrap, each given the model it works on. */
type Step = 'reconcile' | 'prepareModel';

type StepOwner<Model> = Partial<Record<Step, (model: Model, options: unknown) => void>>;

function hookStep<Model>(
  workbook: Workbook,
  step: Step,
  hook: (model: Model, run: () => void) => void,
): void {
  const owner = workbook.xlsx as unknown as StepOwner<Model>;
  const own = owner[step];
  if (typeof own !== 'function') return;
  owner[step] = (model, options) => hook(model, () => own.call(owner, model, options));
}

/**
 * Runs `hook` in place of the step of ExcelJS's loader that reconciles the parsed parts into one model, before
 * ExcelJS builds the sheets from it; the hook calls `reconcile` to run ExcelJS's own step. `Model` names only the
 * parts of ExcelJS's model that the hook reaches into. In another ExcelJS, without that step, nothing happens.
 * Call before `workbook.xlsx.load`.
 */
export function hookReconcile<Model>(
  workbook: Workbook,
  hook: (model: Model, reconcile: () => void) => void,
): void {
  hookStep(workbook, 'reconcile', hook);
}

/**
 * Runs `hook` in place of the first step of ExcelJS's writer, which prepares a copy of the workbook's model (the
 * sheets' rows and cells, as `workbook.model` makes them) for rendering its parts; the hook calls `prepare` to run
 * ExcelJS's own step. Every way of writing (`writeBuffer`, `packageParts`) passes through it. In another ExcelJS,
 * without that step, nothing happens.
 */
export function hookPrepareModel<Model>(
  workbook: Workbook,
  hook: (model: Model, prepare: () => void) => void,
): void {
  hookStep(workbook, 'prepareModel', hook);
}

interface WorksheetEntryReader {
  _processWorksheetEntry?: (stream: unknown, ...rest: unknown[]) => Promise<void>;
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof (value as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] === 'function';

/**
 * Passes each worksheet's XML, as the chunks ExcelJS's loader parses it from, through `edit` before ExcelJS parses
 * it: the one place to read or change what a sheet says without unzipping and zipping the package again. `edit` is
 * told the part's path (`xl/worksheets/sheet1.xml`). In another ExcelJS, without that step, nothing happens. Call
 * before `workbook.xlsx.load`.
 */
export function hookWorksheetXml(
  workbook: Workbook,
  edit: (chunks: AsyncIterable<unknown>, path: string) => AsyncIterable<unknown>,
): void {
  const reader = workbook.xlsx as unknown as WorksheetEntryReader;
  const own = reader._processWorksheetEntry;
  if (typeof own !== 'function') return;
  // ExcelJS 4.4 calls it with (stream, model, sheetNo, options, path).
  reader._processWorksheetEntry = (stream, ...rest) =>
    own.call(reader, isAsyncIterable(stream) ? edit(stream, String(rest[3])) : stream, ...rest);
}

interface WorkbookPartReader {
  parseWorkbook?: (stream: unknown) => Promise<unknown>;
}

async function* passedOn(
  chunks: AsyncIterable<unknown>,
  read: (xml: string) => void,
): AsyncGenerator<unknown> {
  const text: string[] = [];
  try {
    for await (const chunk of chunks) {
      if (typeof chunk === 'string') text.push(chunk);
      yield chunk;
    }
  } finally {
    // ExcelJS's parser stops reading at the root element's end tag, before the chunks' end.
    read(text.join(''));
  }
}

/**
 * Hands `read` the workbook part's XML (`xl/workbook.xml`: its sheets, names, protection and views), whole, as
 * ExcelJS's loader parses it, before ExcelJS reconciles what it parsed. In another ExcelJS, without that step,
 * nothing happens. Call before `workbook.xlsx.load`.
 */
export function readWorkbookXml(workbook: Workbook, read: (xml: string) => void): void {
  const reader = workbook.xlsx as unknown as WorkbookPartReader;
  const own = reader.parseWorkbook;
  if (typeof own !== 'function') return;
  reader.parseWorkbook = (stream) =>
    own.call(reader, isAsyncIterable(stream) ? passedOn(stream, read) : stream);
}

type RenderSteps = Partial<Record<RenderStepName, RenderStep>>;

/**
 * Passes the text of each part that a step of ExcelJS's writer renders through `edit`, with the model it renders
 * from, before the part is zipped: `addContentTypes` renders `[Content_Types].xml`, `addWorkbookRels` the workbook
 * part's relationships, `addWorksheets` the sheets (`xl/worksheets/sheet1.xml`) and their relationships, notes and
 * drawings of notes; `addTables` the tables (`xl/tables/table1.xml`); `addWorkbook` renders `xl/workbook.xml`. Every
 * way of writing passes through these steps. In another ExcelJS, without that step, nothing happens.
 */
export function hookRenderedParts<Model>(
  workbook: Workbook,
  step: RenderStepName,
  edit: (name: string, xml: string, model: Model) => string,
): void {
  const renderer = workbook.xlsx as unknown as RenderSteps;
  const own = renderer[step];
  if (typeof own !== 'function') return;
  renderer[step] = (sink, model) =>
    own.call(
      renderer,
      {
        append: (data, options) =>
          sink.append(typeof data === 'string' ? edit(options.name, data, model as Model) : data, options),
      },
      model,
    );
}

/**
 * Adds the parts `parts` gives to the package after those that a step of ExcelJS's writer renders. Every way of
 * writing passes through the step. In another ExcelJS, without that step, nothing happens.
 */
export function hookAppendedParts(
  workbook: Workbook,
  step: RenderStepName,
  parts: () => { name: string; data: string }[],
): void {
  const renderer = workbook.xlsx as unknown as RenderSteps;
  const own = renderer[step];
  if (typeof own !== 'function') return;
  renderer[step] = async (sink, model) => {
    await own.call(renderer, sink, model);
    for (const { name, data } of parts()) sink.append(data, { name });
  };
}
