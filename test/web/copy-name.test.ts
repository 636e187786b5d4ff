import { copyName } from '../../src/web/copy-name';

describe('copyName', () => {
  test.each([
    ['推荐汇总表.xlsx', 'marked', 'zh-CN', '推荐汇总表-已校验.xlsx'],
    ['推荐汇总表.xlsx', 'cleared', 'zh-CN', '推荐汇总表-已清除标记.xlsx'],
    ['推荐汇总表-已校验.xlsx', 'cleared', 'zh-CN', '推荐汇总表-已清除标记.xlsx'],
    ['推荐汇总表-已校验.xlsx', 'marked', 'zh-CN', '推荐汇总表-已校验.xlsx'],
    ['推荐汇总表-已清除标记.xlsx', 'marked', 'zh-CN', '推荐汇总表-已校验.xlsx'],
    ['南山区.XLSX', 'marked', 'zh-CN', '南山区-已校验.xlsx'],
    ['list-checked.xlsx', 'cleared', 'en-US', 'list-cleared.xlsx'],
    ['list-checked.xlsx', 'marked', 'zh-CN', 'list-已校验.xlsx'],
    ['-已校验.xlsx', 'marked', 'zh-CN', '-已校验-已校验.xlsx'],
  ] as const)('%s as the %s copy in %s is %s', (name, kind, lang, expected) => {
    expect(copyName(name, kind, lang)).toBe(expected);
  });
});
