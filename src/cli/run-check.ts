import { check } from '../core/check';
import { InputFailure } from '../core/input-failure';
import { dataSheetNames, isOurSheet } from '../core/our-sheets';
import { sheetNamed } from '../core/sheet-named';
import { lostMarksText, messagesFor, unrecordedMarksText } from '../i18n';
import { partNames, writeTexts } from '../i18n/write-texts';
import { checkTime } from '../workbook/check-time';
import { lostRows } from '../workbook/lost-rows';
import { markWorkbook } from '../workbook/mark-workbook';
import { lostParts } from '../xlsx/lost-parts';
import { loadWorkbook, workbookGrid } from '../xlsx/read-workbook';
import { XlsxWorkbook } from '../xlsx/xlsx-workbook';
import { EXIT, reportAfterCopy, writeInPieces, type CliOutput } from './cli-output';
import { jsonReportText } from './json-report';
import { loadDirections, loadProfile, loadWinners } from './load-lists';
import { checkOutputPath, writeOutputFile } from './output-file';
import type { CliOptions } from './parse-args';
import { readInputFile } from './read-input-file';
import { sheetsValues } from './sheets-to-list';
import { textReport } from './text-report';
import { zipPackage } from './zip-package';

/**
 * `quota-check FILE [--out COPY]`: checks the workbook and prints the report; with `--out`, also writes a marked copy
 * with the report sheet and summary tabs. The report is printed only once the copy is written, so a failure never
 * leaves half an answer. The input is only ever read.
 */
export async function runCheck(options: CliOptions, out: CliOutput): Promise<number> {
  const profile = await loadProfile(options.profile);
  const winners = options.winners === undefined ? undefined : await loadWinners(options.winners, profile);
  const directions =
    options.directions === undefined ? undefined : await loadDirections(options.directions, profile);
  const bytes = await readInputFile(options.file);
  if (options.out !== undefined) {
    await checkOutputPath(options.out, options.file, {
      '--winners': options.winners,
      '--directions': options.directions,
      '--profile': options.profile,
    });
  }
  const workbook = await loadWorkbook(bytes, options.file, options.out === undefined ? 'read' : 'copy');
  const grid = workbookGrid(workbook);
  const outcome = check(grid, {
    profile,
    ...(options.sheets.length > 0 ? { sheets: options.sheets } : {}),
    ...(options.recommenderType ? { recommenderType: options.recommenderType } : {}),
    ...(winners ? { winners } : {}),
    ...(directions ? { directions } : {}),
  });
  const messages = messagesFor(options.lang);
  if (!outcome.ok) {
    // With --sheet only the sheets named were read: a table missing is theirs, not the whole workbook's; and a sheet
    // of ours named there is never read as data, however like a table it looks.
    if (outcome.failure === 'no-table' && options.sheets.length > 0) {
      const ours = grid.sheets
        .filter(
          (sheet) =>
            isOurSheet(sheet) && options.sheets.some((name) => sheetNamed(grid, name) === sheet.name),
        )
        .map((sheet) => sheet.name);
      if (ours.length > 0)
        throw new InputFailure('sheet-ours', {
          sheet: ours.join(messages.listJoin),
          ...sheetsValues(dataSheetNames(grid), ours[0]!, messages.listJoin),
        });
      throw new InputFailure('sheet-no-table', {
        sheet: [...new Set(options.sheets)].join(messages.listJoin),
      });
    }
    // A name mistyped is best corrected from the names there are, without opening the workbook to read them.
    if (outcome.failure === 'sheet-not-found')
      throw new InputFailure('sheet-not-found', {
        ...outcome.values,
        ...sheetsValues(dataSheetNames(grid), outcome.values.sheet ?? '', messages.listJoin),
      });
    throw new InputFailure(outcome.failure, { file: options.file, ...outcome.values });
  }
  const { result } = outcome;
  // A blank template passes every rule: "no problems found" and exit 0 would let it be taken for the filled one.
  if (result.stats.rows === 0)
    throw new InputFailure('no-projects', {
      file: options.file,
      sheets: result.sheets.map((sheet) => sheet.name).join(messages.listJoin),
    });
  const notices: string[] = [];

  if (options.out !== undefined) {
    const lost = await lostParts(bytes, workbook);
    const port = new XlsxWorkbook(workbook);
    const texts = writeTexts(options.lang);
    const marked = await markWorkbook(port, grid, result, {
      profile,
      texts,
      checkedAt: checkTime(new Date()),
      lostParts: lost,
      summaries: true,
    });
    await writeOutputFile(options.out, await port.save(zipPackage));
    if (lost.length > 0) out.stderr(messages.copy.lostParts(partNames(lost, options.lang)) + '\n');
    notices.push(messages.copy.marked(options.out, marked.marked));
    if (marked.lostEarlier.length > 0)
      notices.push(lostMarksText(lostRows(marked.lostEarlier), options.lang));
    if (marked.unrecorded.length > 0) notices.push(unrecordedMarksText(marked.unrecorded, options.lang));
  }

  await reportAfterCopy(out, notices, async () => {
    if (options.json) await writeInPieces((text) => out.stdout(text), jsonReportText(result, options.lang));
    else
      await out.stdout(
        textReport(result, options.lang, grid) + notices.map((notice) => `\n${notice}\n`).join(''),
      );
  });
  if (options.json) for (const notice of notices) out.stderr(notice + '\n');
  return result.valid ? EXIT.clean : EXIT.errors;
}
