import { officeWorkbook } from '../../src/excel/office-workbook';
import type { CellRef, OurSheet } from '../../src/workbook/port';
import {
  ADDRESS_LIMIT,
  FakeExcel,
  PAYLOAD_LIMIT,
  type FakeCellInput,
  type SyncRecord,
} from '../helpers/fake-excel';

const COLUMNS = 8;

/** A recommendation table of `rows` project rows, units merged down pairs of rows, every 50th row hidden. */
function bigWorkbook(rows: number): FakeExcel {
  const excel = new FakeExcel();
  const body: FakeCellInput[][] = Array.from({ length: rows }, (_, i) => [
    i + 1,
    i % 2 === 0 ? `深圳市第${Math.floor(i / 2)}人工智能科技有限公司` : null,
    `91440300MA5F${String(i).padStart(6, '0')}`,
    `基于大模型的智能传感器协同感知平台研发与产业化项目第${i}期`,
    '智能传感器',
    '核心基础',
    `1391234${String(i % 10000).padStart(4, '0')}`,
    { value: 45292 + (i % 365), text: '2024/1/1', numberFormat: 'yyyy/m/d' },
  ]);
  excel.addSheet({
    name: '推荐表',
    rows: [
      ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '所属类别', '联系电话', '申报日期'],
      ...body,
    ],
    merges: Array.from({ length: Math.floor(rows / 2) }, (_, k) => ({
      top: 2 + 2 * k,
      left: 2,
      bottom: 3 + 2 * k,
      right: 2,
    })),
    hiddenRows: Array.from({ length: Math.floor(rows / 50) }, (_, k) => 51 + 50 * k),
  });
  return excel;
}

/** `count` cells spread so that no two touch: every other row of columns B and D. */
function markedCells(count: number): CellRef[] {
  return Array.from({ length: count }, (_, i) => ({
    sheet: '推荐表',
    row: 2 + 2 * Math.floor(i / 2),
    column: i % 2 === 0 ? 2 : 4,
  }));
}

function reportSheet(rows: number): OurSheet {
  return {
    name: '校验报告',
    visibility: 'visible',
    heading: ['【推荐表校验助手生成】校验报告'],
    columns: [
      { header: '工作表', width: 10 },
      { header: '行', width: 6 },
      { header: '规则', width: 16 },
      { header: '说明', width: 60 },
    ],
    rows: Array.from({ length: rows }, (_, i) => [
      { text: '推荐表', link: { sheet: '推荐表', row: i + 2, column: 2 } },
      i + 2,
      'unit-over-limit',
      `深圳市第${i}人工智能科技有限公司申报了 4 个项目，超过每个主体 3 个的上限`,
    ]),
    emphasis: Array.from({ length: rows }, (_, i) => ({
      row: i,
      column: 3,
      severity: i % 3 ? 'warning' : 'error',
    })),
  };
}

interface Figures {
  syncs: Record<'read' | 'readLooks' | 'writeLooks' | 'replaceSheets', number>;
  all: SyncRecord[];
  addressLengths: number[];
}

async function figures(rows: number): Promise<Figures> {
  const excel = bigWorkbook(rows);
  const port = officeWorkbook(excel.host);
  const cells = markedCells(rows);
  const read = await excel.syncsOf(() => port.read());
  let looks: Awaited<ReturnType<typeof port.readLooks>> = [];
  const readLooks = await excel.syncsOf(async () => (looks = await port.readLooks(cells)));
  expect(looks).toHaveLength(rows);
  const writeLooks = await excel.syncsOf(() =>
    port.writeLooks(
      cells.map((cell) => ({
        cell,
        look: { fill: '#FFC7CE', fontColor: '#9C0006', note: '本单位超过 3 项' },
      })),
    ),
  );
  const replaceSheets = await excel.syncsOf(() => port.replaceSheets([], [reportSheet(rows)]));
  expect(excel.cell('校验报告', rows + 3, 4)?.value).toBe(
    `深圳市第${rows - 1}人工智能科技有限公司申报了 4 个项目，超过每个主体 3 个的上限`,
  );
  return {
    syncs: {
      read: read.length,
      readLooks: readLooks.length,
      writeLooks: writeLooks.length,
      replaceSheets: replaceSheets.length,
    },
    all: excel.log.syncs,
    addressLengths: excel.log.addressLengths,
  };
}

const kb = (syncs: SyncRecord[], size: 'requestBytes' | 'responseBytes') =>
  `${Math.round(Math.max(...syncs.map((sync) => sync[size])) / 1024)} KB`;

/** The fake over 100,000 rows takes some 30 s under jest. */
const SLOW = 180_000;

describe('the Office.js adapter at scale', () => {
  const measured = new Map<number, Figures>();
  const at = async (rows: number) => {
    if (!measured.has(rows)) measured.set(rows, await figures(rows));
    return measured.get(rows)!;
  };

  afterAll(() => {
    const lines = [...measured].map(
      ([rows, { syncs, all }]) =>
        `${rows} rows: ${JSON.stringify(syncs)}; largest request ${kb(all, 'requestBytes')}, response ${kb(all, 'responseBytes')}`,
    );
    console.log(`Syncs per operation, from the fake:\n${lines.join('\n')}`);
  });

  test('100 rows: every operation takes a constant few syncs', async () => {
    expect((await at(100)).syncs).toEqual({ read: 3, readLooks: 1, writeLooks: 2, replaceSheets: 2 });
  });

  test.each([10_000, 100_000])(
    '%d rows: syncs grow only with the chunks, never per row',
    async (rows) => {
      const { syncs } = await at(rows);
      const cells = rows * COLUMNS;
      // Each chunk carries thousands of rows: far fewer syncs than rows.
      expect(syncs.read).toBeLessThanOrEqual(2 + Math.ceil(cells / 10_000));
      expect(syncs.readLooks).toBeLessThanOrEqual(Math.ceil(rows / 5_000));
      expect(syncs.writeLooks).toBeLessThanOrEqual(1 + Math.ceil(rows / 5_000) + Math.ceil(rows / 5_000));
      expect(syncs.replaceSheets).toBeLessThanOrEqual(1 + Math.ceil(rows / 5_000));
    },
    SLOW,
  );

  test(
    '100,000 rows and marked cells: every request and response under 5 MB, every address under 8,192',
    async () => {
      const { all, addressLengths } = await at(100_000);
      expect(Math.max(...all.map((sync) => sync.requestBytes))).toBeLessThan(PAYLOAD_LIMIT);
      expect(Math.max(...all.map((sync) => sync.responseBytes))).toBeLessThan(PAYLOAD_LIMIT);
      expect(addressLengths.length).toBeGreaterThan(1);
      expect(Math.max(...addressLengths)).toBeLessThan(ADDRESS_LIMIT);
    },
    SLOW,
  );
});
