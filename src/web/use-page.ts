import { useMemo, useRef, useState } from 'react';
import { parseDirectionText } from '../core/directions/parse-direction-list';
import type { Finding } from '../core/finding';
import { defaultProfile } from '../core/profile';
import { lostMarksText, messagesFor, unrecordedMarksText, type Lang } from '../i18n';
import { paneMessagesFor, type PaneStage } from '../i18n/pane';
import { pageMessagesFor, type CopyKind } from '../i18n/page';
import { partNames } from '../i18n/write-texts';
import { checkRequest, type CheckRequest } from '../taskpane/check-request';
import { genericFailure } from '../taskpane/pane-failure';
import { readPickedFile } from '../taskpane/picked-file';
import {
  loadPcLists,
  savePcLists,
  type KeyValueStore,
  type PcLists,
  type WorkbookChoices,
} from '../taskpane/settings';
import type { CellRef } from '../workbook/port';
import { copyName } from './copy-name';
import { saveBytes } from './download';
import { MAX_FILE_BYTES } from './file-limit';
import { sampleBytes } from './sample';
import type { PageFailure, WorkerClient } from './worker-client';
import type { CheckedWorkbook, JobName, Jobs, ListKind, OpenedWorkbook, SavedCopy } from './worker/protocol';

/** A chosen file's bytes, to be transferred to the worker. */
const pickedBytes = async (file: File): Promise<ArrayBuffer> =>
  (await readPickedFile(file)).bytes.buffer as ArrayBuffer;

/** The opened workbook as the page shows it. */
export type PageWorkbook = OpenedWorkbook & { name: string };

const profile = defaultProfile();

/**
 * The page's state and every action on it (STYLE 9: components stay pure). Opening a workbook checks it at once;
 * each action runs alone and shows its failure as one sentence; the work itself runs in the worker.
 */
export function usePage(client: WorkerClient, store: KeyValueStore, lang: Lang) {
  const page = pageMessagesFor(lang);
  const [stage, setStage] = useState<PaneStage>();
  const [failure, setFailure] = useState<PageFailure>();
  const [notices, setNotices] = useState<string[]>([]);
  const [workbook, setWorkbook] = useState<PageWorkbook>();
  const [checked, setChecked] = useState<CheckedWorkbook>();
  const [target, setTarget] = useState<CellRef>();
  const [lists, setLists] = useState<PcLists>(() => loadPcLists(store));
  const [choices, setChoices] = useState<WorkbookChoices>({});
  const [clearAll, setClearAll] = useState(false);
  const working = useRef(false);

  const run = async (action: () => Promise<void>) => {
    if (working.current) return;
    working.current = true;
    setFailure(undefined);
    setNotices([]);
    try {
      await action();
    } catch (error) {
      setFailure(genericFailure(error));
    } finally {
      working.current = false;
      setStage(undefined);
    }
  };

  /** A job in the worker; its failure is shown and gives undefined. A crashed worker lost the workbook too. */
  const job = async <K extends JobName>(name: K, request: Jobs[K]['request']) => {
    const outcome = await client.run(name, request, setStage);
    if (outcome.ok) return outcome.value;
    setFailure(outcome.failure);
    if (outcome.failure.kind === 'page') {
      setWorkbook(undefined);
      setChecked(undefined);
    }
    return undefined;
  };

  const check = async (request: CheckRequest) => {
    setChecked(await job('check', request));
  };

  const open = async (name: string, bytes: ArrayBuffer) => {
    setWorkbook(undefined);
    setChecked(undefined);
    setTarget(undefined);
    setChoices({});
    const opened = await job('open', { name, bytes });
    if (!opened) return;
    setWorkbook({ ...opened, name });
    await check(checkRequest({}, lists));
  };

  const keepLists = async (next: PcLists) => {
    setLists(next);
    await savePcLists(store, next);
  };

  const readList = async (kind: ListKind, file: File) => {
    const read = await job('list', { kind, name: file.name, bytes: await pickedBytes(file) });
    if (read?.winners) await keepLists({ ...lists, winners: { source: file.name, winners: read.winners } });
    if (read?.directions)
      await keepLists({ ...lists, directions: { source: file.name, directions: read.directions } });
  };

  // Where each finding is shown, by the finding itself: the list asks for each finding it labels.
  const shownCells = useMemo(
    () => new Map(checked?.result.findings.map((finding, i) => [finding, checked.shownAt[i]])),
    [checked],
  );
  const cellOf = (finding: Finding) => shownCells.get(finding);

  const download = async (kind: CopyKind, copy: SavedCopy | undefined) => {
    if (!copy || !workbook) return;
    const name = copyName(workbook.name, kind, lang);
    saveBytes(copy.bytes, name);
    const done = kind === 'marked' ? page.download.markedDone : page.download.clearedDone;
    const lost =
      copy.lostParts.length > 0 ? [messagesFor(lang).copy.lostParts(partNames(copy.lostParts, lang))] : [];
    const lostMarks = copy.lostRows.length > 0 ? [lostMarksText(copy.lostRows, lang)] : [];
    const unrecorded = copy.unrecorded.length > 0 ? [unrecordedMarksText(copy.unrecorded, lang)] : [];
    setNotices([done(name, copy.cells), ...lostMarks, ...unrecorded, ...lost]);
  };

  return {
    stage,
    failure,
    notices,
    workbook,
    result: checked?.result,
    shownAt: checked?.shownAt ?? [],
    target,
    lists,
    choices,
    clearAll,
    setClearAll,
    openFile: (file: File) =>
      run(async () => {
        if (file.size > MAX_FILE_BYTES) setFailure({ kind: 'page', reason: 'too-large' });
        else await open(file.name, await pickedBytes(file));
      }),
    openSample: () => run(() => open(page.open.sampleName, sampleBytes())),
    recheck: () => run(() => check(checkRequest(choices, lists))),
    downloadMarked: () => run(async () => download('marked', await job('mark', { lang }))),
    downloadCleared: () => run(async () => download('cleared', await job('clear', { all: clearAll }))),
    select: (finding: Finding) => setTarget(cellOf(finding)),
    cellOf,
    settings: {
      onWinnersFile: (file: File) => run(() => readList('winners', file)),
      onWinnersRemove: () => run(() => keepLists({ ...lists, winners: undefined })),
      onDirectionsFile: (file: File) => run(() => readList('directions', file)),
      onDirectionsText: (text: string) =>
        run(async () => {
          const directions = parseDirectionText(text, profile);
          if (directions.length === 0) setFailure({ kind: 'directions-typed-empty' });
          else
            await keepLists({
              ...lists,
              directions: { source: paneMessagesFor(lang).settings.typedText, directions, text },
            });
        }),
      onDirectionsRemove: () => run(() => keepLists({ ...lists, directions: undefined })),
      onChoicesChange: (next: WorkbookChoices) => setChoices(next),
    },
  };
}
