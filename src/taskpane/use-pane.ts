import { useEffect, useRef, useState } from 'react';
import type { CheckResult } from '../core/check';
import { parseDirectionGrid, parseDirectionText } from '../core/directions/parse-direction-list';
import type { Finding } from '../core/finding';
import type { WorkbookGrid } from '../core/grid';
import { InputFailure } from '../core/input-failure';
import { dataSheetNames, SUMMARY_KINDS } from '../core/our-sheets';
import type { Direction, Profile } from '../core/profile';
import { isReadableText } from '../core/readable-text';
import { listFailure } from '../core/list-failure';
import type { ListReading } from '../core/list-sheets';
import { parseWinners } from '../core/winners/winners-list';
import { lostMarksText, unrecordedMarksText } from '../i18n';
import { writeTexts } from '../i18n/write-texts';
import { paneMessagesFor, type PaneStage } from '../i18n/pane';
import { checkTime } from '../workbook/check-time';
import { clearMarks } from '../workbook/clear-marks';
import { lostRows } from '../workbook/lost-rows';
import { markWorkbook } from '../workbook/mark-workbook';
import { nameOurSheets } from '../workbook/our-sheet-names';
import { ShownCells } from '../workbook/shown-cells';
import { writeSummaries } from '../workbook/write-summaries';
import { checkRequest } from './check-request';
import { genericFailure, type PaneFailure } from './pane-failure';
import type { PaneHost } from './pane-host';
import { readPickedFile } from './picked-file';
import {
  loadChoices,
  loadPcLists,
  saveChoices,
  savePcLists,
  type PcLists,
  type WorkbookChoices,
} from './settings';

/** How long after the officer's last edit the pane checks again: long enough to let typing settle. */
export const LIVE_DELAY_MS = 1000;

/**
 * The pane's state and every action on it, in one place (STYLE 9: components stay pure, this hook holds what changes
 * the workbook). Every action catches its failure and shows it as one sentence; none runs while another does.
 */
export function usePane(host: PaneHost, profile: Profile) {
  const { lang } = host;
  const pane = paneMessagesFor(lang);
  const [stage, setStage] = useState<PaneStage>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CheckResult>();
  // Where each finding's cell is written (a 同上 cell's value, a merge's top cell), to select it there.
  const shownCells = useRef<ShownCells>();
  const [failure, setFailure] = useState<PaneFailure>();
  const [notices, setNotices] = useState<string[]>([]);
  const [marked, setMarked] = useState(false);
  const [sheets, setSheets] = useState<string[]>([]);
  const [lists, setLists] = useState<PcLists>(() => loadPcLists(host.pcStore));
  const [choices, setChoices] = useState<WorkbookChoices>(() => loadChoices(host.workbookStore));
  const [live, setLive] = useState(true);
  const [liveAt, setLiveAt] = useState<string>();
  // An action of the officer's runs; a live re-check runs (until it settles). Never both at once.
  const acting = useRef(false);
  const rechecking = useRef<Promise<void>>();

  const fail = (error: unknown) => setFailure(host.failureOf(error) ?? genericFailure(error));
  const request = checkRequest(choices, lists);
  // The live re-check's listener outlives renders: it reads the latest result and request here.
  const latest = useRef({ result, request });
  latest.current = { result, request };

  useEffect(() => {
    host.overview().then(
      (overview) => {
        setSheets(overview.sheets);
        setMarked(overview.marked);
      },
      (error: unknown) => setFailure(host.failureOf(error) ?? genericFailure(error)),
    );
  }, [host]);

  /**
   * Runs one action at a time (their buttons are disabled meanwhile); a failure becomes the pane's sentence. A live
   * re-check that is running is let finish first, so that the officer's click is never lost to it.
   */
  const run = async (action: () => Promise<void>) => {
    if (acting.current) return;
    acting.current = true;
    setBusy(true);
    setFailure(undefined);
    setNotices([]);
    try {
      await rechecking.current;
      await action();
    } catch (error) {
      fail(error);
    } finally {
      acting.current = false;
      setBusy(false);
      setStage(undefined);
    }
  };

  /** Reads the workbook and checks it; the outcome is shown. Undefined when the check could not be made. */
  const readAndCheck = async (showStages: boolean) => {
    if (showStages) setStage('reading');
    const grid = await host.port.read();
    if (showStages) setStage('checking');
    const outcome = await host.runCheck(grid, latest.current.request);
    setSheets(dataSheetNames(grid));
    if (!outcome.ok) {
      setResult(undefined);
      setFailure({
        kind: 'input',
        key: outcome.failure,
        values: outcome.values,
      });
      return undefined;
    }
    shownCells.current = new ShownCells(grid, outcome.result);
    setResult(outcome.result);
    return { grid, result: outcome.result };
  };

  const check = () =>
    run(async () => {
      setLiveAt(undefined);
      const checked = await readAndCheck(true);
      if (!checked) return;
      setStage('writing');
      const outcome = await markWorkbook(host.port, checked.grid, checked.result, {
        profile,
        texts: writeTexts(lang),
        checkedAt: checkTime(new Date()),
        summaries: false,
      }).catch(async (error: unknown) => {
        // Marking stopped part-way may have written the report, the record and some marks: the banner says so.
        await host.overview().then(
          (overview) => setMarked(overview.marked),
          () => undefined,
        );
        throw error;
      });
      setMarked(true);
      setNotices([
        pane.done.marked(outcome.marked),
        ...outcome.renamed.map(({ wanted, actual }) => pane.done.renamed(wanted, actual)),
        ...(outcome.lostEarlier.length > 0 ? [lostMarksText(lostRows(outcome.lostEarlier), lang)] : []),
        ...(outcome.unrecorded.length > 0 ? [unrecordedMarksText(outcome.unrecorded, lang)] : []),
      ]);
    });

  const clear = () =>
    run(async () => {
      setStage('clearing');
      const outcome = await clearMarks(host.port, profile, false);
      if (!outcome.ok) {
        if (outcome.reason === 'record-damaged')
          setFailure({ kind: 'input', key: 'record-damaged', values: {} });
        else {
          setMarked(false);
          setNotices([pane.done.notMarked]);
        }
        return;
      }
      setMarked(false);
      setNotices([
        pane.done.cleared(outcome.restored, outcome.removedSheets.map((name) => `“${name}”`).join('、')),
        ...(outcome.keptChanges > 0 ? [pane.done.keptChanges(outcome.keptChanges)] : []),
        ...(outcome.lost.length > 0 ? [lostMarksText(lostRows(outcome.lost), lang)] : []),
        ...(outcome.unrecorded.length > 0 ? [unrecordedMarksText(outcome.unrecorded, lang)] : []),
      ]);
    });

  // The summary tabs come from a fresh read, so they always match the sheets as they are now.
  const summaries = () =>
    run(async () => {
      const checked = await readAndCheck(true);
      if (!checked) return;
      setStage('writing');
      const { names } = nameOurSheets(checked.grid);
      const renamed = await writeSummaries(host.port, checked.grid, checked.result, writeTexts(lang));
      setNotices([
        pane.done.summaries(SUMMARY_KINDS.map((kind) => `“${names[kind]}”`).join('、')),
        ...renamed.map(({ wanted, actual }) => pane.done.renamed(wanted, actual)),
      ]);
    });

  const cellOf = (finding: Finding) => shownCells.current?.ofFinding(finding);
  const select = (finding: Finding) => {
    const cell = cellOf(finding);
    if (cell) host.showCell(cell).catch(fail);
  };

  // Live re-check: reads and checks again after the officer edits a checked sheet; never writes, because an
  // add-in's writes clear Excel's undo stack. Marks are refreshed by 开始校验 only.
  const checkedOnce = result !== undefined;
  useEffect(() => {
    if (!live || !checkedOnce) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let unsubscribe: (() => Promise<void>) | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(recheck, LIVE_DELAY_MS);
    };
    // An edit made while something else runs is checked once that is done: that run may have read before it.
    const recheck = () => {
      if (acting.current || rechecking.current) {
        later();
        return;
      }
      rechecking.current = readAndCheck(false).then(
        (checked) => {
          if (!checked) return;
          setFailure(undefined);
          setLiveAt(checkTime(new Date()));
        },
        (error: unknown) => {
          const failure = host.failureOf(error) ?? genericFailure(error);
          // The officer is typing in the next cell: no failure of theirs to report; read once they are done.
          if (failure.kind === 'host' && failure.reason === 'cell-editing') later();
          else setFailure(failure);
        },
      );
      void rechecking.current.finally(() => (rechecking.current = undefined));
    };
    host
      .onSheetsChanged((changed) => {
        const checked = latest.current.result?.sheets.map((sheet) => sheet.name) ?? [];
        if (changed.some((name) => checked.includes(name))) later();
      })
      .then(
        (stop) => {
          if (stopped) void stop();
          else unsubscribe = stop;
        },
        (error: unknown) => setFailure(host.failureOf(error) ?? genericFailure(error)),
      );
    return () => {
      stopped = true;
      clearTimeout(timer);
      void unsubscribe?.();
    };
    // Subscribed while the toggle is on and a check has been made; the listener reads the rest through `latest`.
  }, [host, live, checkedOnce]);

  const keepLists = async (next: PcLists) => {
    setLists(next);
    await savePcLists(host.pcStore, next);
  };
  const keepWinners = async (grid: WorkbookGrid, source: string) => {
    const reading = parseWinners(grid, profile);
    if (!reading.ok) throw listFailure('winners', reading, source);
    await keepLists({ ...lists, winners: { source, winners: [...reading.list.winners] } });
  };
  const keepDirections = async (directions: Direction[], source: string, text?: string) => {
    await keepLists({
      ...lists,
      directions: { source, directions, ...(text === undefined ? {} : { text }) },
    });
  };

  const settings = {
    onWinnersFile: (file: File) =>
      run(async () => {
        const picked = await readPickedFile(file);
        await keepWinners(await host.readTableFile(picked, 'winners-unreadable'), picked.name);
      }),
    onWinnersSheet: (name: string) =>
      run(async () => {
        const grid = await host.port.read();
        await keepWinners({ sheets: grid.sheets.filter((sheet) => sheet.name === name) }, name);
        // The winners list is no recommendation table: checked as one, every winner would be a finding.
        const checked = (choices.sheets?.length ? choices.sheets : dataSheetNames(grid)).filter(
          (sheet) => sheet !== name,
        );
        const next = { ...choices, sheets: checked };
        setChoices(next);
        await saveChoices(host.workbookStore, next);
      }),
    onWinnersRemove: () => run(() => keepLists({ ...lists, winners: undefined })),
    onDirectionsText: (text: string) =>
      run(async () => {
        const directions = parseDirectionText(text, profile);
        if (directions.length === 0) setFailure({ kind: 'directions-typed-empty' });
        else await keepDirections(directions, pane.settings.typedText, text);
      }),
    onDirectionsFile: (file: File) =>
      run(async () => {
        const picked = await readPickedFile(file);
        const text = /\.(?:txt|text)$/iu.test(picked.name)
          ? host.decodeText(picked.bytes, picked.name)
          : undefined;
        if (text !== undefined && !isReadableText(text))
          throw new InputFailure('directions-unreadable', { file: picked.name });
        const reading: ListReading<Direction[]> =
          text !== undefined
            ? { ok: true, list: parseDirectionText(text, profile) }
            : parseDirectionGrid(await host.readTableFile(picked, 'directions-unreadable'), profile);
        if (!reading.ok) throw listFailure('directions', reading, picked.name);
        if (reading.list.length === 0) throw new InputFailure('directions-empty', { file: picked.name });
        await keepDirections(reading.list, picked.name);
      }),
    onDirectionsRemove: () => run(() => keepLists({ ...lists, directions: undefined })),
    onChoicesChange: (next: WorkbookChoices) =>
      run(async () => {
        setChoices(next);
        await saveChoices(host.workbookStore, next);
      }),
  };

  return {
    lang,
    stage,
    busy,
    result,
    failure,
    notices,
    marked,
    sheets,
    lists,
    choices,
    live,
    liveAt,
    setLive,
    check,
    clear,
    summaries,
    select,
    cellOf,
    settings,
  };
}
