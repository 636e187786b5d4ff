import type { PageMessages } from './page-messages';

/** The offline page's English texts, used when the browser's language is English. */
// prettier-ignore
export const pageEnUS: PageMessages = {
  tagline: 'Everything runs in this browser: the file never leaves this computer.',
  open: {
    choose:     'Open a recommendation workbook (.xlsx)',
    sample:     'Try the sample',
    sampleName: 'recommendation-sample.xlsx',
    drop:       'Or drop an .xlsx file on this page.',
    dropHere:   'Drop to open this file',
  },
  intro:   'Open a recommendation workbook and it is checked at once: each finding names its sheet, row and column with one sentence, and the grid on the right highlights its cell.',
  opened:  (file) => `File: ${file}`,
  recheck: 'Check again with these settings',
  preview: { label: 'Sheet preview', empty: 'This sheet is empty.' },
  download: {
    marked:      'Download the marked copy',
    clearAll:    'Remove the summary tabs too',
    markedDone:  (file, n) => `Downloaded "${file}": ${n} cell${n === 1 ? '' : 's'} marked, with the report sheet and summary tabs. The original file is unchanged.`,
    clearedDone: (file, n) => `Downloaded "${file}": ${n} cell${n === 1 ? '' : 's'} restored to their original look. The original file is unchanged.`,
    suffix:      { marked: '-checked', cleared: '-cleared' },
  },
  failures: {
    'too-large':        (v) => `The file is larger than ${v.limit}, more than a browser can read reliably: check it with the quota-check command instead.`,
    'worker-crashed':   () => 'The browser stopped while processing the file (out of memory?): close other tabs and open the file again.',
  },
  otherLanguage: { lang: 'zh-CN', label: '中文' },
};
