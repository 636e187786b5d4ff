import { checkGrid, findingsOf } from '../../helpers/findings';
import { projectSheet, workbook } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';
import { renderFinding } from '../../../src/i18n';

describe('not-legal-entity', () => {
  describe('flags', () => {
    test.each([
      '星河智算科技有限公司深圳分公司',
      '某银行深圳分行',
      '某公司驻京办事处',
      '某国际公司北京代表处',
      '北京华辰智语信息技术有限公司\n上海分公司',
    ])('for the branch %j', (unit) => {
      expect(
        findingsOf('not-legal-entity', workbook(projectSheet('S', [[unit, validUscc(1), '项目一']]))),
      ).toEqual([['not-legal-entity', 'S', 2, 'B', 'warning']]);
    });

    test.each([
      ['a company not yet registered', '甲智能科技有限公司（筹）'],
      ['a company not yet registered, in other brackets', '甲智能科技有限公司【筹】'],
      ['a preparatory group', '乙智能科技筹备组'],
      ['a preparatory office', '丙人工智能研究院筹备处'],
      ['a research group of a university', '甲大学视觉计算课题组'],
      ['a project team of a company', '丁科技有限公司智能语音项目组'],
      ['a key laboratory of a university', '乙大学机器人技术与系统国家重点实验室'],
      ['a limited partnership', '深圳市甲智能投资合伙企业（有限合伙）'],
      ['a general partnership, its form in brackets', '乙智能科技中心（普通合伙）'],
      ['a sole proprietorship', '丙软件开发中心（个人独资）'],
      ['an individual business written as such', '丁智能科技工作室（个体工商户）'],
    ])('for %s: %s', (_, unit) => {
      expect(
        findingsOf('not-legal-entity', workbook(projectSheet('S', [[unit, validUscc(1), '项目一']]))),
      ).toEqual([['not-legal-entity', 'S', 2, 'B', 'warning']]);
    });

    test.each([
      ['浙江大学计算机科学与技术学院', 'university-part', '浙江大学'],
      ['清华大学计算机科学与技术系', 'university-part', '清华大学'],
      ['中国科学院大学人工智能学院', 'university-part', '中国科学院大学'],
      ['上海交通大学电子信息与电气工程学院', 'university-part', '上海交通大学'],
      ['清华大学智能产业研究院', 'university-part', '清华大学'],
      ['北京大学人工智能研究院', 'university-part', '北京大学'],
      ['清华大学微电子学研究所', 'university-part', '清华大学'],
      ['复旦大学类脑智能科学与技术研究院', 'university-part', '复旦大学'],
      // Named for a place, or otherwise than for a discipline: often registered apart, and not counted as a school.
      ['北京理工大学珠海学院', 'university-affiliate', '北京理工大学'],
      ['浙江大学城市学院', 'university-affiliate', '浙江大学'],
      ['北京大学深圳研究生院', 'university-affiliate', '北京大学'],
      ['清华大学深圳国际研究生院', 'university-affiliate', '清华大学'],
      ['清华大学天津人工智能研究院', 'university-affiliate', '清华大学'],
      ['浙江大学杭州国际科创中心', 'university-affiliate', '浙江大学'],
      ['北京理工大学重庆创新中心', 'university-affiliate', '北京理工大学'],
      ['西安交通大学苏州研究中心', 'university-affiliate', '西安交通大学'],
      ['甲科技有限公司人工智能事业部', 'company-part', '甲科技有限公司'],
      ['华为技术有限公司2012实验室', 'company-part', '华为技术有限公司'],
      ['乙智能股份有限公司北京研发中心', 'company-part', '乙智能股份有限公司'],
      ['丙电子有限责任公司技术中心', 'company-part', '丙电子有限责任公司'],
      ['丁科技有限公司人工智能研究中心', 'company-part', '丁科技有限公司'],
      ['戊信息技术股份有限公司智能研究院', 'company-part', '戊信息技术股份有限公司'],
      ['中兴通讯股份有限公司南京研究所', 'company-part', '中兴通讯股份有限公司'],
      ['深圳市腾讯计算机系统有限公司上海分中心', 'company-part', '深圳市腾讯计算机系统有限公司'],
      // The owner as the cell writes it, its brackets full-width, though names are compared with half-width ones.
      ['阿里巴巴（中国）有限公司达摩院', 'company-part', '阿里巴巴（中国）有限公司'],
      ['丙科技（深圳）有限公司技术中心', 'company-part', '丙科技（深圳）有限公司'],
      ['北京大学 人工智能研究院', 'university-part', '北京大学'],
      // A university's laboratory, written after it or after one of its schools: a group inside it, wherever named.
      ['北京大学视觉实验室', 'university-part', '北京大学'],
      ['浙江大学计算机科学与技术学院智能系统实验室', 'university-part', '浙江大学'],
      ['清华大学自动化系智能实验室', 'university-part', '清华大学'],
      ['甲大学深圳研究室', 'university-part', '甲大学'],
      // A laboratory of a company or an institute named after a university belongs to that company or institute.
      ['某大学资产经营有限公司智能实验室', 'company-part', '某大学资产经营有限公司'],
      ['北京大学深圳研究院视觉实验室', 'institute-part', '北京大学深圳研究院'],
      // A part of a part: the applicant to write is the legal person at the top, whom the row counts with.
      ['北京大学人工智能研究院视觉实验室', 'institute-part', '北京大学'],
      ['清华大学 微电子学研究所智能芯片实验室', 'institute-part', '清华大学'],
      ['中国科学院计算技术研究所智能计算实验室', 'institute-part', '中国科学院计算技术研究所'],
      ['中国信息通信研究院泰尔终端实验室', 'institute-part', '中国信息通信研究院'],
      ['甲人工智能研究院上海研究中心', 'institute-part', '甲人工智能研究院'],
      ['甲科技有限公司与乙大学联合体', 'consortium', '联合体'],
      ['甲科技有限公司、乙大学联合体', 'consortium', '联合体'],
      ['甲科技有限公司和乙研究院、丙大学联合体', 'consortium', '联合体'],
      // Named after its lead alone, with or without 等: a consortium all the same.
      ['北京庚科技有限公司等联合体', 'consortium', '联合体'],
      ['北京辛科技有限公司联合体', 'consortium', '联合体'],
      // A standing body named 联合体, often registered as a social organisation: asked to verify.
      ['甲乙丙人工智能创新联合体', 'standing-consortium', '联合体'],
      ['中关村人工智能产业联合体', 'standing-consortium', '联合体'],
      ['长三角人工智能产业创新联合体', 'standing-consortium', '联合体'],
      ['京津冀人工智能与机器人产业联合体', 'standing-consortium', '联合体'],
    ])('for %s (%s of %s)', (unit, reason, owner) => {
      const grid = workbook(projectSheet('S', [[unit, validUscc(1), '项目一']]));
      expect(findingsOf('not-legal-entity', grid)).toEqual([['not-legal-entity', 'S', 2, 'B', 'warning']]);
      const finding = checkGrid(grid).findings.find((f) => f.rule === 'not-legal-entity');
      expect(finding?.values).toEqual({ unit, reason, word: owner });
    });

    test('for a consortium, telling the officer to write its lead as the applicant', () => {
      const grid = workbook(projectSheet('S', [['甲科技有限公司与乙大学联合体', validUscc(1), '项目一']]));
      const finding = checkGrid(grid).findings.find((f) => f.rule === 'not-legal-entity')!;
      expect(renderFinding(finding, 'zh-CN')).toContain('联合体不是独立法人');
      expect(renderFinding(finding, 'en-US')).toContain('A consortium is no legal person');
    });

    test('for a standing body named 联合体, asking the officer to verify its registration, not calling it none', () => {
      const grid = workbook(projectSheet('S', [['中关村人工智能产业联合体', '', '项目一']]));
      const finding = checkGrid(grid).findings.find((f) => f.rule === 'not-legal-entity')!;
      expect(renderFinding(finding, 'zh-CN')).toContain('请核实');
      expect(renderFinding(finding, 'zh-CN')).not.toContain('联合体不是独立法人');
      expect(renderFinding(finding, 'en-US')).toContain('verify');
      expect(renderFinding(finding, 'en-US')).not.toContain('A consortium is no legal person');
    });

    test('for a college that may be registered apart, without telling the officer to write the university', () => {
      const grid = workbook(projectSheet('S', [['浙江大学城市学院', validUscc(1, '12330000'), '项目一']]));
      const finding = checkGrid(grid).findings.find((f) => f.rule === 'not-legal-entity')!;
      expect(renderFinding(finding, 'zh-CN')).not.toContain('请填写“浙江大学”');
      expect(renderFinding(finding, 'en-US')).not.toContain('enter "浙江大学"');
    });

    test.each<[string, string, boolean]>([
      ['counted with the university, under its code', validUscc(1, '12100000'), true],
      ['counted apart, under a code of its own', validUscc(2, '12440300'), false],
    ])('for a place-named institute %s, saying so', (_, ownCode, counted) => {
      const university = validUscc(1, '12100000');
      const grid = workbook(
        projectSheet('S', [
          ['清华大学', university, '项目一'],
          ['清华大学深圳国际研究生院', ownCode, '项目二'],
        ]),
      );
      expect(findingsOf('not-legal-entity', grid)).toEqual([['not-legal-entity', 'S', 3, 'B', 'warning']]);
      const finding = checkGrid(grid).findings.find((f) => f.rule === 'not-legal-entity')!;
      expect(finding.values).toEqual({
        unit: '清华大学深圳国际研究生院',
        reason: 'university-affiliate',
        word: '清华大学',
        ...(counted ? { counted: true } : {}),
      });
      expect(renderFinding(finding, 'zh-CN')).toContain(
        counted ? '已计入清华大学的项目数' : '未计入清华大学的项目数',
      );
      expect(renderFinding(finding, 'en-US')).toContain(
        counted ? 'counted with 清华大学' : 'not counted with 清华大学',
      );
    });

    test('for an individual business, whose code starts with 92', () => {
      const grid = workbook(projectSheet('S', [['张三电子商行', validUscc(1, '92440300'), '项目一']]));
      expect(findingsOf('not-legal-entity', grid)).toEqual([['not-legal-entity', 'S', 2, 'C', 'warning']]);
    });
  });

  describe('accepts', () => {
    test.each([
      '深圳市星河智算科技有限公司',
      '甲大学',
      '中国科学院大学',
      '浙江大学医学院附属第一医院',
      '北京大学第三医院',
      '清华大学出版社有限公司',
      '大学城建设投资有限公司',
      '北京大学',
      '中国电子科技集团有限公司第五十四研究所',
      '中国船舶集团有限公司第七一六研究所',
      '中国科学院软件研究所南京软件技术研究院',
      '甲研究所实验室设备有限公司',
      '中国科学院自动化研究所',
      '之江实验室',
      // A laboratory whose own name starts with the word 大学, not after a university's name.
      '大学城智能实验室',
      '上海人工智能实验室',
      '乙筹建科技有限公司',
      // A branch's word inside a company's own name.
      '深圳市分公司管理咨询有限公司',
      '甲办事处服务有限责任公司',
      // Companies with their legal form in brackets are legal persons, one-person ones included.
      '甲科技有限公司（自然人独资）',
      '乙智能有限责任公司（国有独资）',
      '丙科技股份有限公司（中外合资）',
      '丁合伙人智能科技有限公司',
      // A company whose own name holds a division's word.
      '深圳市甲研发中心有限公司',
      '乙实验室科技有限公司',
      '丙技术中心有限责任公司',
      '深圳市甲人工智能研究院有限公司',
      '乙研究中心有限公司',
      '中国科学院深圳先进技术研究院',
      '中国电子科技集团有限公司电子科学研究院',
      '北京智源人工智能研究院',
      // A university's centre named for a discipline, not a place: neither flagged nor counted with it.
      '清华大学智能技术与系统研究中心',
      '大学城创新中心',
    ])('for %s', (unit) => {
      expect(
        findingsOf('not-legal-entity', workbook(projectSheet('S', [[unit, validUscc(1), '项目一']]))),
      ).toEqual([]);
    });

    test.each([
      ['an independent college, by its civil-affairs code (52…)', '北京理工大学珠海学院', '52440400'],
      ['an independent college, by any civil-affairs code (51…)', '甲大学城市学院', '51330000'],
      [
        'a standing body named 联合体, registered as a social organisation',
        '中关村人工智能产业联合体',
        '51110000',
      ],
      ['a consortium registered as a social organisation', '甲科技有限公司与乙大学联合体', '51110000'],
    ])('for %s: %s', (_, unit, prefix) => {
      const grid = workbook(projectSheet('S', [[unit, validUscc(1, prefix), '项目一']]));
      expect(findingsOf('not-legal-entity', grid)).toEqual([]);
    });

    test('for a public institution’s code (12…)', () => {
      expect(
        findingsOf(
          'not-legal-entity',
          workbook(projectSheet('S', [['某研究院', validUscc(1, '12100000'), '项目一']])),
        ),
      ).toEqual([]);
    });
  });
});
