import type { Field } from '../../../src/core/fields';
import { defaultProfile } from '../../../src/core/profile';
import { HeaderMatcher } from '../../../src/core/table/header-match';

describe('HeaderMatcher', () => {
  const matcher = new HeaderMatcher(defaultProfile());

  describe('maps', () => {
    test.each<[string, Field]>([
      ['申报单位名称（盖章）', 'unit'],
      ['项目名称（不超过30字）', 'project'],
      ['项目名称（中文）（不超过30字）', 'project'],
      ['项目名称（原则上不超过30字）', 'project'],
      ['项目名称（原创成果）', 'project'],
      ['推荐单位（盖章）', 'recommender'],
      ['推荐单位（盖章）：', 'recommender'],
      ['*申报单位：', 'unit'],
      ['拟推荐（√）', 'choice'],
      ['拟推荐（是/否）', 'choice'],
      ['排序（1-N）', 'rank'],
      ['推荐排序（按优先顺序）', 'rank'],
      ['排名', 'rank'],
      ['推荐次序', 'rank'],
      ['申报单位信息', 'unit'],
      ['申报主体基本情况', 'unit'],
      ['推荐单位信息', 'recommender'],
      ['申报主体名称', 'unit'],
      ['揭榜单位名称', 'unit'],
      ['申报单位全称', 'unit'],
      ['推荐单位名称', 'recommender'],
      ['社会统一信用代码', 'uscc'],
      ['所属揭榜方向', 'direction'],
      ['联系人手机', 'phone'],
      ['办公电话', 'phone'],
      ['项目联系人', 'contact'],
      ['申报单位联系人', 'contact'],
      ['企业联系人', 'contact'],
      ['申报单位联系电话', 'phone'],
      ['申报揭榜方向', 'direction'],
      ['拟揭榜方向', 'direction'],
      ['所属方向', 'direction'],
      ['方向（必填）', 'direction'],
      ['类别（必填）', 'category'],
      ['联系人（姓名）', 'contact'],
      ['电话（手机）', 'phone'],
      ['手机号', 'phone'],
      ['序号（1-N）', 'seq'],
      ['企业（单位）名称', 'unit'],
      ['单位全称', 'unit'],
      ['揭榜主体名称', 'unit'],
      ['18位统一社会信用代码', 'uscc'],
      ['所属细化方向', 'direction'],
      ['联系人手机号', 'phone'],
      ['项目负责人电话', 'phone'],
      ['所在区县', 'region'],
      ['企业/单位名称', 'unit'],
      ['牵头申报单位', 'unit'],
      ['申报单位（牵头单位）', 'unit'],
      ['★项目名称', 'project'],
      ['【必填】项目名称', 'project'],
      ['项目名称（必填）', 'project'],
      ['产品/项目名称', 'project'],
      ['申报单位统一社会信用代码', 'uscc'],
      ['企业统一社会信用代码', 'uscc'],
      ['单位统一社会信用代码', 'uscc'],
      ['社会信用代码/组织机构代码', 'uscc'],
      ['统一社会信用代码/注册号', 'uscc'],
      ['统一社会信用代码（组织机构代码）', 'uscc'],
      ['联系人电话/手机', 'phone'],
    ])('the wording %s', (text, field) => {
      expect(matcher.match(text)).toBe(field);
    });
  });

  describe('maps nothing', () => {
    test.each([
      ['for a 推荐单位 line with its name', '推荐单位（盖章）：厦门市工业和信息化局'],
      [
        'for a 推荐单位 line with its name and the date',
        '推荐单位（盖章）：厦门市工业和信息化局  日期：2021年11月16日',
      ],
      ['for a label with its value', '申报单位名称（盖章）：某某科技有限公司'],
      ['for a count of projects', '项目数量'],
      ['for a number of projects', '项目个数'],
      ['for a group word alone', '基本信息'],
      ['for a group word after a short wording', '类别信息'],
      ['for a group word before a wording', '信息申报单位'],
      ['for a name word after a short wording', '类别名称'],
      ['for a unit’s nature', '单位性质'],
      ['for a unit’s address', '申报单位地址'],
      ['for an old title', '项目名称（原）'],
      ['for an old title, in ASCII brackets', '项目名称(旧)'],
      ['for a unit before its change of name', '申报单位名称（变更前）'],
      ['for a title before it was edited', '项目名称（中文）（修改前）'],
      ['for a count of projects in brackets', '项目（个）'],
      ['for a business’s kind', '企业类别'],
      ['for a short wording after a qualifier', '企业方向'],
      ['for a qualifier alone', '申报'],
      ['for the units put forward', '拟推荐单位'],
      ['for a remark alone', '（必填）'],
      ['for two fields joined that are no pair', '类别/方向'],
      ['for a field joined with what no wording names', '项目名称/金额'],
      ['for a short wording’s label with its value', '电话（手机）：13800138000'],
      ['for a contact’s name', '张三（组长）'],
    ])('%s', (_, text) => {
      expect(matcher.match(text)).toBeUndefined();
    });
  });

  describe('names both the contact and the phone', () => {
    test.each(['联系人及电话', '联系人/手机', '负责人及电话', '联系人（姓名）/电话', '项目负责人及联系方式'])(
      'for %s',
      (text) => {
        expect([matcher.match(text), ...matcher.alsoNames(text)]).toEqual(['contact', 'phone']);
      },
    );

    test.each(['联系人（姓名）', '电话（手机）', '联系人电话/手机'])('but one of them for %s', (text) => {
      expect(matcher.alsoNames(text)).toEqual([]);
    });
  });

  describe('numbered headers', () => {
    test.each<[string, Field]>([
      ['1.申报单位', 'unit'],
      ['1、申报单位', 'unit'],
      ['一、申报单位', 'unit'],
      ['（1）申报单位', 'unit'],
      ['（一）申报单位', 'unit'],
      ['①申报单位', 'unit'],
      ['⑴项目名称', 'project'],
      ['１．项目名称', 'project'],
      ['12.联系电话', 'phone'],
    ])('%s names its field', (text, field) => {
      expect(matcher.match(text)).toBe(field);
    });

    test.each(['2021年项目名称', '5G项目名称'])('%s names nothing', (text) => {
      expect(matcher.match(text)).toBeUndefined();
    });
  });
});
