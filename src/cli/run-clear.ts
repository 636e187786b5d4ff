import { InputFailure } from '../core/input-failure';
import { lostMarksText, messagesFor, unrecordedMarksText } from '../i18n';
import { partNames } from '../i18n/write-texts';
import { clearMarks } from '../workbook/clear-marks';
import { lostRows } from '../workbook/lost-rows';
import { lostParts } from '../xlsx/lost-parts';
import { loadWorkbook } from '../xlsx/read-workbook';
import { XlsxWorkbook } from '../xlsx/xlsx-workbook';
import { EXIT, reportAfterCopy, type CliOutput } from './cli-output';
import { loadProfile } from './load-lists';
import { checkOutputPath, writeOutputFile } from './output-file';
import type { ClearOptions } from './parse-args';
import { readInputFile } from './read-input-file';
import { zipPackage } from './zip-package';

/**
 * `quota-check FILE --clear [--all] --out COPY`: writes a copy with our marks, notes, report sheet and record
 * removed (and the summary tabs, with --all). A workbook that was never marked gets a sentence and no file.
 */
export async function runClear(options: ClearOptions, out: CliOutput): Promise<number> {
  const bytes = await readInputFile(options.file);
  await checkOutputPath(options.out, options.file, { '--profile': options.profile });
  const profile = await loadProfile(options.profile);
  const workbook = await loadWorkbook(bytes, options.file);
  const port = new XlsxWorkbook(workbook);
  const outcome = await clearMarks(port, profile, options.all);
  if (!outcome.ok) throw new InputFailure(outcome.reason, { file: options.file });
  const lost = await lostParts(bytes, workbook);
  await writeOutputFile(options.out, await port.save(zipPackage));

  const messages = messagesFor(options.lang);
  if (lost.length > 0) out.stderr(messages.copy.lostParts(partNames(lost, options.lang)) + '\n');
  const lines = [
    messages.copy.cleared(options.out, outcome.restored, outcome.removedSheets.join(messages.listJoin)),
  ];
  if (outcome.keptChanges > 0) lines.push(messages.copy.keptChanges(outcome.keptChanges));
  if (outcome.lost.length > 0) lines.push(lostMarksText(lostRows(outcome.lost), options.lang));
  if (outcome.unrecorded.length > 0) lines.push(unrecordedMarksText(outcome.unrecorded, options.lang));
  await reportAfterCopy(out, lines, async () => out.stdout(lines.join('\n') + '\n'));
  return EXIT.clean;
}
