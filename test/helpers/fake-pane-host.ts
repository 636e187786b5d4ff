import { defaultProfile } from '../../src/core/profile';
import { officeWorkbook } from '../../src/excel/office-workbook';
import type { Lang } from '../../src/i18n';
import { mainThreadRunner } from '../../src/taskpane/check-runner';
import { officePaneFailure } from '../../src/taskpane/excel-pane-host';
import type { PaneHost } from '../../src/taskpane/pane-host';
import type { KeyValueStore } from '../../src/taskpane/settings';
import type { WorkbookPort } from '../../src/workbook/port';
import { decodeTextFile } from '../../src/xlsx/decode-text';
import { readTableFile } from '../../src/xlsx/read-table-file';
import { FakeExcel, type FakeCellInput } from './fake-excel';
import { HEADER, standardRow } from './grid';
import { validUscc } from './uscc';

/** A store in memory, as localStorage or the workbook's settings keep strings. */
export function memoryStore(
  initial: Record<string, string> = {},
): KeyValueStore & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    get: (key) => values.get(key),
    set: (key, value) => {
      values.set(key, value);
      return Promise.resolve();
    },
  };
}

/**
 * A recommendation sheet with known findings: 甲公司 applies with four projects (four unit-over-limit errors on
 * rows 2–5), and row 6 has an invalid phone (a phone-invalid warning at G6).
 */
export function sampleRows(): FakeCellInput[][] {
  return [
    HEADER,
    standardRow(1, '甲公司', validUscc(1), '智能传感器平台一期'),
    standardRow(2, '甲公司', validUscc(1), '工业视觉检测系统'),
    standardRow(3, '甲公司', validUscc(1), '语音交互芯片研发'),
    standardRow(4, '甲公司', validUscc(1), '医疗影像辅助诊断'),
    standardRow(5, '乙公司', validUscc(2), '无人机协同巡检', '12345'),
  ];
}

/** A fake Excel holding the sample sheet. */
export function sampleExcel(options: { apiVersion?: number; protected?: boolean } = {}): FakeExcel {
  const excel = new FakeExcel(options.apiVersion === undefined ? {} : { apiVersion: options.apiVersion });
  excel.addSheet({ name: '推荐表', rows: sampleRows(), protected: options.protected ?? false });
  return excel;
}

/** Every port call, so that tests can tell a read-only re-check from one that writes. */
export type SpiedPort = {
  [K in keyof WorkbookPort]: jest.Mock<ReturnType<WorkbookPort[K]>, Parameters<WorkbookPort[K]>>;
};

/** A port whose calls are recorded, over another. */
export function spiedPort(port: WorkbookPort): SpiedPort {
  return {
    read: jest.fn(() => port.read()),
    readLooks: jest.fn((cells) => port.readLooks(cells)),
    writeLooks: jest.fn((changes) => port.writeLooks(changes)),
    keepsNotes: jest.fn(() => port.keepsNotes()),
    replaceSheets: jest.fn((remove, write) => port.replaceSheets(remove, write)),
    ensureWritable: jest.fn((target) => port.ensureWritable(target)),
  };
}

/** A plain-object pane host over a fake Excel, with handles for the tests. */
export interface FakePaneHost {
  host: PaneHost;
  port: SpiedPort;
  showCell: jest.Mock;
  pcStore: ReturnType<typeof memoryStore>;
  workbookStore: ReturnType<typeof memoryStore>;
  /** Tells the pane that the officer edited these sheets, as the Excel host's onChanged event does. */
  edit(sheets: readonly string[]): void;
  /** How many change listeners are subscribed now. */
  listeners(): number;
}

/** The pane host of the tests: the real Office.js port over the fake Excel, the engine on the main thread. */
export function fakePaneHost(
  excel: FakeExcel,
  lang: Lang = 'zh-CN',
  overrides: Partial<PaneHost> = {},
): FakePaneHost {
  const port = spiedPort(officeWorkbook(excel.host));
  const showCell = jest.fn(() => Promise.resolve());
  const pcStore = memoryStore();
  const workbookStore = memoryStore();
  const listeners = new Set<(sheets: readonly string[]) => void>();
  const host: PaneHost = {
    lang,
    port,
    overview: () =>
      Promise.resolve({
        sheets: excel.state.sheets.map((sheet) => sheet.name),
        marked: excel.state.sheets.some((sheet) => sheet.name === 'quota-check-marks'),
      }),
    showCell,
    onSheetsChanged: (listener) => {
      listeners.add(listener);
      return Promise.resolve(() => {
        listeners.delete(listener);
        return Promise.resolve();
      });
    },
    runCheck: mainThreadRunner(defaultProfile()),
    pcStore,
    workbookStore,
    readTableFile: (file, key) => readTableFile(file.bytes, file.name, key),
    decodeText: decodeTextFile,
    failureOf: officePaneFailure,
    ...overrides,
  };
  return {
    host,
    port,
    showCell,
    pcStore,
    workbookStore,
    edit: (sheets) => listeners.forEach((listener) => listener(sheets)),
    listeners: () => listeners.size,
  };
}
