import { Tab, TabList, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { columnLetter } from '../../core/column-letter';
import type { Lang } from '../../i18n';
import { pageMessagesFor } from '../../i18n/page';
import type { CellRef } from '../../workbook/port';
import { MARK_LOOKS } from '../../workbook/mark-look';
import { cellKey, type CellMarks } from '../cell-marks';
import type { SheetPreview } from '../worker/protocol';

/** Props of the preview: the opened sheets, the findings' places, and the cell to show. */
export interface GridPreviewProps {
  sheets: readonly SheetPreview[];
  marks: CellMarks;
  /** The cell of the finding the officer clicked: its sheet is shown and the grid scrolls to it. */
  target: CellRef | undefined;
  /** The sheet shown first: the first one checked, rather than a sheet of instructions before it. */
  firstSheet: string | undefined;
  lang: Lang;
}

const ROW_HEIGHT = 24;
/** Rows drawn beyond the visible ones, so that scrolling shows no gap. */
const OVERSCAN = 12;
const ROW_HEADER_WIDTH = 56;

const useStyles = makeStyles({
  preview: { display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' },
  scroller: {
    position: 'relative',
    flexGrow: 1,
    overflow: 'auto',
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  row: { position: 'absolute', left: 0, display: 'flex', height: `${ROW_HEIGHT}px` },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'flex',
    height: `${ROW_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  cell: {
    boxSizing: 'border-box',
    flexShrink: 0,
    height: `${ROW_HEIGHT}px`,
    lineHeight: `${ROW_HEIGHT - 1}px`,
    paddingLeft: '4px',
    paddingRight: '4px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    borderRightWidth: '1px',
    borderRightStyle: 'solid',
    borderRightColor: tokens.colorNeutralStroke3,
    borderBottomWidth: '1px',
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke3,
  },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    textAlign: 'center',
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  columnHeader: { textAlign: 'center', color: tokens.colorNeutralForeground3 },
  error: { backgroundColor: MARK_LOOKS.error.fill, color: MARK_LOOKS.error.fontColor },
  warning: { backgroundColor: MARK_LOOKS.warning.fill, color: MARK_LOOKS.warning.fontColor },
  target: {
    outlineWidth: '2px',
    outlineStyle: 'solid',
    outlineColor: tokens.colorBrandStroke1,
    outlineOffset: '-2px',
  },
  empty: { padding: tokens.spacingVerticalM },
});

/** Column widths in pixels from the longest text in the first rows: CJK characters count double. */
function columnWidths(texts: readonly string[][]): number[] {
  const widths: number[] = [];
  for (const row of texts.slice(0, 200)) {
    row.forEach((text, i) => {
      let units = 0;
      for (const ch of text.slice(0, 40)) units += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
      widths[i] = Math.max(widths[i] ?? 0, units);
    });
  }
  return widths.map((units) => Math.min(260, Math.max(48, units * 7 + 12)));
}

/**
 * The opened sheet as a grid, with the cells that have findings in the marks' colours. Only the rows in view are
 * drawn, so a sheet of 20,000 rows scrolls as lightly as one of 20.
 */
export function GridPreview({ sheets, marks, target, firstSheet, lang }: GridPreviewProps) {
  const styles = useStyles();
  const page = pageMessagesFor(lang);
  const [active, setActive] = useState(0);
  const [view, setView] = useState({ top: 0, height: 600 });
  const scroller = useRef<HTMLDivElement>(null);
  const sheet = sheets[Math.min(active, sheets.length - 1)];
  const texts = sheet?.texts ?? [];
  const widths = useMemo(() => columnWidths(texts), [texts]);
  const lefts = useMemo(() => widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0)), [widths]);
  const totalWidth = ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0);

  useEffect(() => {
    const shown = target?.sheet ?? firstSheet;
    const index = sheets.findIndex((s) => s.name === shown);
    if (index >= 0) setActive(index);
  }, [target, firstSheet, sheets]);

  useEffect(() => {
    const element = scroller.current;
    if (!element || !target || sheet?.name !== target.sheet) return;
    element.scrollTop = Math.max(0, target.row * ROW_HEIGHT - element.clientHeight / 2);
    const left = lefts[target.column - 1] ?? 0;
    element.scrollLeft = Math.max(0, left + ROW_HEADER_WIDTH - element.clientWidth / 3);
  }, [target, sheet, lefts]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const update = () => setView({ top: element.scrollTop, height: element.clientHeight });
    update();
    element.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      element.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [sheet]);

  if (!sheet) return null;
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - 1 - OVERSCAN);
  const last = Math.min(texts.length, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  const isTarget = (row: number, column: number) =>
    target !== undefined && target.sheet === sheet.name && target.row === row && target.column === column;
  const markClass = (row: number, column: number) => {
    const severity = marks.get(cellKey(sheet.name, row, column));
    return severity ? styles[severity] : undefined;
  };
  const cellStyle = (width: number): CSSProperties => ({ width: `${width}px` });

  const rows = [];
  for (let r = first; r < last; r++) {
    const row = r + 1;
    const cells = texts[r] ?? [];
    rows.push(
      <div
        key={row}
        className={styles.row}
        style={{ top: `${row * ROW_HEIGHT}px`, width: `${totalWidth}px` }}
      >
        <div
          className={mergeClasses(styles.cell, styles.rowHeader, markClass(row, 0))}
          style={cellStyle(ROW_HEADER_WIDTH)}
        >
          {row}
        </div>
        {widths.map((width, c) => (
          <div
            key={c}
            data-cell={`${columnLetter(c + 1)}${row}`}
            data-target={isTarget(row, c + 1) || undefined}
            className={mergeClasses(
              styles.cell,
              markClass(row, c + 1),
              isTarget(row, c + 1) && styles.target,
            )}
            style={cellStyle(width)}
            title={cells[c] || undefined}
          >
            {cells[c]}
          </div>
        ))}
      </div>,
    );
  }

  return (
    <section className={styles.preview} aria-label={page.preview.label} data-testid="preview">
      {sheets.length > 1 && (
        <TabList
          size="small"
          selectedValue={active}
          onTabSelect={(_, data) => setActive(data.value as number)}
        >
          {sheets.map((s, i) => (
            <Tab key={s.name} value={i}>
              {s.name}
            </Tab>
          ))}
        </TabList>
      )}
      {texts.length === 0 ? (
        <Text className={styles.empty}>{page.preview.empty}</Text>
      ) : (
        <div ref={scroller} className={styles.scroller} data-sheet={sheet.name}>
          <div style={{ height: `${(texts.length + 1) * ROW_HEIGHT}px`, width: `${totalWidth}px` }}>
            <div className={styles.head} style={{ width: `${totalWidth}px` }}>
              <div
                className={mergeClasses(styles.cell, styles.rowHeader)}
                style={cellStyle(ROW_HEADER_WIDTH)}
              />
              {widths.map((width, c) => (
                <div
                  key={c}
                  className={mergeClasses(styles.cell, styles.columnHeader)}
                  style={cellStyle(width)}
                >
                  {columnLetter(c + 1)}
                </div>
              ))}
            </div>
            {rows}
          </div>
        </div>
      )}
    </section>
  );
}
