import type { Lang } from '../messages';

/** Which copy a download is: the marked one, or the one with marks cleared. */
export type CopyKind = 'marked' | 'cleared';

/** Reasons for failure that only the offline page has (see src/web/worker-client.ts). */
export type PageFailureReason = 'too-large' | 'worker-crashed';

/**
 * The offline page's own texts in one language. Rule names, findings, verdicts, settings and failures of input come
 * from the main and the pane catalogues, whose components the page reuses. A missing key is a compile error.
 */
export interface PageMessages {
  tagline: string;
  open: { choose: string; sample: string; sampleName: string; drop: string; dropHere: string };
  /** Shown before any workbook is opened. */
  intro: string;
  opened(file: string): string;
  recheck: string;
  preview: { label: string; empty: string };
  download: {
    marked: string;
    clearAll: string;
    /** After a download: what it is and what it holds. */
    markedDone(file: string, cells: number): string;
    clearedDone(file: string, cells: number): string;
    /** The word added to the workbook's name: `推荐汇总表-已校验.xlsx`. */
    suffix: Record<CopyKind, string>;
  };
  failures: Record<PageFailureReason, (values: { limit: string }) => string>;
  /** The button that switches to the other language, in that language. */
  otherLanguage: { lang: Lang; label: string };
}
