import { initialLang } from '../../src/web/page-lang';
import { checkRequest } from '../../src/taskpane/check-request';

describe('checkRequest', () => {
  test('asks for every sheet and the inferred type when nothing is chosen', () => {
    expect(checkRequest({}, {})).toEqual({});
    expect(checkRequest({ sheets: [] }, {})).toEqual({});
  });

  test('passes the chosen sheets, the type and both lists', () => {
    const winners = [{ project: '项目', unit: '单位', direction: '' }];
    const directions = [{ name: '智能传感器' }];
    expect(
      checkRequest(
        { sheets: ['南山区'], recommenderType: 'planned-city' },
        {
          winners: { source: 'w.csv', winners },
          directions: { source: '手工输入', directions, text: '智能传感器' },
        },
      ),
    ).toEqual({ sheets: ['南山区'], recommenderType: 'planned-city', winners, directions });
  });
});

describe('initialLang', () => {
  test.each([
    ['en-US', 'en-US'],
    ['en', 'en-US'],
    ['EN-gb', 'en-US'],
    ['zh-CN', 'zh-CN'],
    ['fr-FR', 'zh-CN'],
    [undefined, 'zh-CN'],
  ] as const)('%s gives %s', (browser, lang) => {
    expect(initialLang(browser)).toBe(lang);
  });
});
