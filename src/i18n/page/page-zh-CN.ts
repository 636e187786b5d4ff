import type { PageMessages } from './page-messages';

/** 离线网页的简体中文文案（默认语言）。 */
// prettier-ignore
export const pageZhCN: PageMessages = {
  tagline: '所有检查都在本机浏览器中完成，文件不会离开这台电脑。',
  open: {
    choose:     '打开推荐表（.xlsx）',
    sample:     '试用示例',
    sampleName: '示例推荐汇总表.xlsx',
    drop:       '也可以把 .xlsx 文件拖到本页面。',
    dropHere:   '松开鼠标，打开这个文件',
  },
  intro:   '打开推荐汇总表后自动校验：每条问题给出工作表、行号、列号和一句说明，右侧表格中标出问题单元格。',
  opened:  (file) => `当前文件：${file}`,
  recheck: '按新设置重新校验',
  preview: { label: '表格预览', empty: '此工作表是空的。' },
  download: {
    marked:      '下载带标记的副本',
    clearAll:    '连汇总表一并删除',
    markedDone:  (file, n) => `已下载“${file}”：标记了 ${n} 个单元格，并附校验报告和汇总表。原文件没有改动。`,
    clearedDone: (file, n) => `已下载“${file}”：恢复了 ${n} 个单元格的原格式。原文件没有改动。`,
    suffix:      { marked: '-已校验', cleared: '-已清除标记' },
  },
  failures: {
    'too-large':        (v) => `文件超过 ${v.limit}，浏览器无法可靠地读取；请改用命令行工具 quota-check 检查。`,
    'worker-crashed':   () => '浏览器在处理文件时中断（可能是内存不足），请关闭其他标签页后重新打开文件。',
  },
  otherLanguage: { lang: 'en-US', label: 'English' },
};
