import fc from 'fast-check';
import { defaultProfile } from '../../../src/core/profile';
import { inferRecommenderType } from '../../../src/core/recommender/infer-type';

const profile = defaultProfile();
const infer = (name: string) => {
  const inference = inferRecommenderType(name, profile);
  return inference && [inference.type, inference.holder, inference.feeder];
};

describe('inferring a recommender type from its name', () => {
  test.each([
    ['广东省工业和信息化厅', ['province', '广东', false]],
    ['北京市经济和信息化局', ['province', '北京', false]],
    ['内蒙古自治区工业和信息化厅', ['province', '内蒙古', false]],
    ['广西壮族自治区工业和信息化厅', ['province', '广西', false]],
    ['上海市', ['province', '上海', false]],
    ['深圳市工业和信息化局', ['planned-city', '深圳', false]],
    ['深圳市南山区工业和信息化局', ['planned-city', '深圳', false]],
    ['宁波市经济和信息化局', ['planned-city', '宁波', false]],
    ['深圳市', ['planned-city', '深圳', false]],
    ['深圳市南山区', ['planned-city', '深圳', false]],
    ['青岛市市南区', ['planned-city', '青岛', false]],
    ['大连高新区', ['planned-city', '大连', false]],
    ['宁波市余姚市', ['planned-city', '宁波', false]],
    ['厦门市思明区', ['planned-city', '厦门', false]],
    ['深圳市前海深港现代服务业合作区', ['planned-city', '深圳', false]],
    ['广东省深圳市', ['planned-city', '深圳', false]],
    ['辽宁省大连市金州区', ['planned-city', '大连', false]],
    ['深圳市南山区科技创新局', ['planned-city', '深圳', false]],
    ['深圳市科技创新委员会', ['planned-city', '深圳', false]],
    ['深圳市科技创新委', ['planned-city', '深圳', false]],
    ['武汉市科技创新委员会', ['province', '湖北', true]],
    // The administrations of development zones (管委会) and their 经济发展局 stand for their city.
    ['大连高新技术产业园区管理委员会', ['planned-city', '大连', false]],
    ['厦门火炬高技术产业开发区管理委员会', ['planned-city', '厦门', false]],
    ['青岛高新区管委会', ['planned-city', '青岛', false]],
    ['宁波国家高新区经济发展局', ['planned-city', '宁波', false]],
    ['苏州工业园区管理委员会', ['province', '江苏', true]],
    ['中国人工智能产业发展联盟', ['ai-org', '人工智能产业发展联盟', false]],
    ['深圳市人工智能行业协会', ['ai-org', '深圳市人工智能行业协会', false]],
    ['中国人工智能产业发展联盟（AIIA）', ['ai-org', '人工智能产业发展联盟', false]],
    ['中国人工智能产业发展联盟秘书处', ['ai-org', '人工智能产业发展联盟', false]],
    ['中国人工智能学会智能机器人专业委员会', ['ai-org', '人工智能学会', false]],
    ['中国人工智能学会会员单位联盟', ['ai-org', '人工智能学会会员单位联盟', false]],
    ['中国电子科技集团有限公司', ['central', '中国电子科技集团', false]],
    ['中国电子科技集团', ['central', '中国电子科技集团', false]],
    ['中国移动通信集团', ['central', '中国移动通信集团', false]],
    ['北京航空航天大学', ['ministry-unit', '北京航空航天大学', false]],
    ['中国信息通信研究院', ['ministry-unit', '中国信息通信研究院', false]],
    ['工业和信息化部电子第五研究所', ['ministry-unit', '工业和信息化部电子第五研究所', false]],
    [
      '工业和信息化部电子第五研究所（中国赛宝实验室）',
      ['ministry-unit', '工业和信息化部电子第五研究所', false],
    ],
    ['工业和信息化部人才交流中心', ['ministry-unit', '工业和信息化部人才交流中心', false]],
    ['新疆生产建设兵团工业和信息化局', ['province', '新疆生产建设兵团', false]],
    ['武汉市经济和信息化局', ['province', '湖北', true]],
    ['武汉市', ['province', '湖北', true]],
    ['锡林郭勒盟', ['province', '内蒙古', true]],
    ['武汉市洪山区', ['province', '湖北', true]],
    ['吉林省工业和信息化厅', ['province', '吉林', false]],
    ['吉林省', ['province', '吉林', false]],
    ['吉林市工业和信息化局', ['province', '吉林', true]],
    ['吉林市', ['province', '吉林', true]],
    ['重庆市经济和信息化委员会', ['province', '重庆', false]],
    ['宁夏回族自治区工业和信息化厅', ['province', '宁夏', false]],
    ['新疆维吾尔自治区工业和信息化厅', ['province', '新疆', false]],
    ['西藏自治区经济和信息化厅', ['province', '西藏', false]],
    ['内蒙古自治区工信厅', ['province', '内蒙古', false]],
    // 青海's prefecture and county whose names begin with another province's.
    ['海南藏族自治州工业和信息化局', ['province', '青海', true]],
    ['海南州工业和信息化局', ['province', '青海', true]],
    ['河南蒙古族自治县工业和信息化局', ['province', '青海', true]],
    ['海南藏族自治州', ['province', '青海', true]],
    ['海南省工业和信息化厅', ['province', '海南', false]],
    // 天津's and 乌海's districts whose names begin with another province's.
    ['河北区工业和信息化局', ['province', '天津', true]],
    ['海南区工业和信息化局', ['province', '内蒙古', true]],
    ['河北区某某集团有限公司', ['province', '天津', true]],
  ])('%s', (name, expected) => {
    expect(infer(name)).toEqual(expected);
  });

  test.each([
    // A group named after a province, a planned city or another city is a local state-owned one (省属、市属企业),
    // no 中央企业集团: its rows count in that place's quota.
    ['广东省广晟控股集团有限公司', ['province', '广东', false]],
    ['广东粤海控股集团有限公司', ['province', '广东', false]],
    ['上海电气集团股份有限公司', ['province', '上海', false]],
    ['广西投资集团有限公司', ['province', '广西', false]],
    ['深圳市某某集团有限公司', ['planned-city', '深圳', false]],
    ['青岛某某集团有限公司', ['planned-city', '青岛', false]],
    ['武汉市某某集团有限公司', ['province', '湖北', true]],
    ['吉林市某某集团有限公司', ['province', '吉林', true]],
    // A city's group registered without 市 (无锡 for 无锡市) is the city's, so its province's.
    ['无锡产业发展集团有限公司', ['province', '江苏', true]],
    ['广州无线电集团有限公司', ['province', '广东', true]],
    ['成都产业投资集团有限公司', ['province', '四川', true]],
    ['苏州国发集团有限公司', ['province', '江苏', true]],
    ['杭州实业投资集团有限公司', ['province', '浙江', true]],
    ['武汉光谷联合集团有限公司', ['province', '湖北', true]],
    ['西安高科集团有限公司', ['province', '陕西', true]],
    ['长沙城市发展集团有限公司', ['province', '湖南', true]],
    ['南京新工投资集团有限责任公司', ['province', '江苏', true]],
    ['无锡产业发展集团', ['province', '江苏', true]],
    ['合肥建设投资控股（集团）有限公司', ['province', '安徽', true]],
    ['上海仪电（集团）有限公司', ['province', '上海', false]],
    // A central group whose name begins as a city's short name does (哈尔滨 for 哈尔滨市, the profile's
    // centralGroupsNamedLikePlaces) stays a central group, as do those named like no city.
    ['哈尔滨电气集团有限公司', ['central', '哈尔滨电气集团', false]],
    // The central enterprises whose names hold no 集团 (the profile's centralEnterprises), in each spelling one holder:
    // without the legal form, an older registration's 公司, or the 中国 (which assignRecommenders drops for any group).
    ['国家电网有限公司', ['central', '国家电网', false]],
    ['国家电网公司', ['central', '国家电网', false]],
    ['中国南方电网有限责任公司', ['central', '中国南方电网', false]],
    ['南方电网公司', ['central', '中国南方电网', false]],
    ['中国商用飞机有限责任公司', ['central', '中国商用飞机', false]],
    ['中国通用技术（集团）控股有限责任公司', ['central', '中国通用技术集团控股', false]],
    ['哈尔滨电气集团', ['central', '哈尔滨电气集团', false]],
    ['东方电气集团有限公司', ['central', '东方电气集团', false]],
    ['鞍钢集团有限公司', ['central', '鞍钢集团', false]],
    ['招商局集团有限公司', ['central', '招商局集团', false]],
    ['新兴际华集团有限公司', ['central', '新兴际华集团', false]],
    ['华侨城集团有限公司', ['central', '华侨城集团', false]],
    ['中国信息通信科技集团有限公司', ['central', '中国信息通信科技集团', false]],
    ['中国电子科技集团有限公司', ['central', '中国电子科技集团', false]],
    // Groups registered with （集团） are groups as those with 集团 alone are, one holder with them.
    ['华润（集团）有限公司', ['central', '华润集团', false]],
    ['南光（集团）有限公司', ['central', '南光集团', false]],
    ['华润(集团)有限公司', ['central', '华润集团', false]],
    ['华润集团有限公司', ['central', '华润集团', false]],
  ])('%s, a group, by the place its name begins with', (name, expected) => {
    expect(infer(name)).toEqual(expected);
  });

  test.each([
    ['广东省广晟控股集团有限公司', '广东'],
    ['深圳市某某集团有限公司', '深圳'],
  ])('says why %s is no central group: its name begins with %s', (name, place) => {
    expect(inferRecommenderType(name, profile)).toMatchObject({
      reason: { kind: 'local-group', word: place },
      unverified: false,
    });
  });

  test.each([
    // A district's or zone's office of any name (…局, …委员会, …管委会, …办公室), its city or province first or not.
    ['海淀区科学技术和信息化局', ['province', '北京', true]],
    ['北京市海淀区经济和信息化局', ['province', '北京', true]],
    ['北京市朝阳区经济和信息化局', ['province', '北京', true]],
    ['重庆市两江新区经济运行局', ['province', '重庆', true]],
    ['苏州工业园区经济发展委员会', ['province', '江苏', true]],
    ['苏州工业园区管委会', ['province', '江苏', true]],
    ['杭州市余杭区科技局', ['province', '浙江', true]],
    ['浙江省杭州市余杭区科技局', ['province', '浙江', true]],
    ['江苏省苏州市工业和信息化局', ['province', '江苏', true]],
    ['武汉市人民政府办公室', ['province', '湖北', true]],
    ['深圳市南山区科学技术局', ['planned-city', '深圳', false]],
    ['福田区科学技术局', ['planned-city', '深圳', false]],
    // A province's own office of another name.
    ['北京市科学技术委员会', ['province', '北京', false]],
    ['广东省科学技术厅', ['province', '广东', false]],
    // A city's short name before no bureau word names no city: a railway's, a university's.
    ['武汉铁路局', undefined],
    ['武汉大学', undefined],
  ])('%s, places then an office, as the office of the last place', (name, expected) => {
    expect(infer(name)).toEqual(expected);
  });

  test.each([
    ['北京市海淀区经济和信息化局', '海淀区', '北京市'],
    ['重庆市两江新区经济运行局', '两江新区', '重庆市'],
  ])('%s feeds the province: %s is in %s', (name, word, province) => {
    expect(inferRecommenderType(name, profile)?.reason).toEqual({ kind: 'feeder', word, province });
  });

  test.each([
    ['哈工大', ['ministry-unit', '哈尔滨工业大学', false]],
    ['哈工大（深圳）', ['ministry-unit', '哈尔滨工业大学', false]],
    ['哈工程', ['ministry-unit', '哈尔滨工程大学', false]],
    ['中国信通院', ['ministry-unit', '中国信息通信研究院', false]],
    ['人工智能产业发展联盟（AIIA）', ['ai-org', '人工智能产业发展联盟', false]],
    ['中国人工智能产业发展联盟', ['ai-org', '人工智能产业发展联盟', false]],
    ['中国人工智能学会', ['ai-org', '人工智能学会', false]],
    ['深圳市人工智能行业协会', ['ai-org', '深圳市人工智能行业协会', false]],
  ])('%s, by the holder of its full name', (name, expected) => {
    expect(infer(name)).toEqual(expected);
  });

  test.each(['哈工', '哈大', '南航', '深圳市人工智能产业发展联盟'])(
    '%s, a short name of no one body or another body, as no known unit’s',
    (name) => {
      const holder = inferRecommenderType(name, profile)?.holder;
      expect(['哈尔滨工业大学', '哈尔滨工程大学', '南京航空航天大学', '人工智能产业发展联盟']).not.toContain(
        holder,
      );
    },
  );

  test.each([
    ['武汉市经济和信息化局', '武汉市', '湖北省'],
    ['武汉经信局', '武汉市', '湖北省'],
    ['武汉', '武汉市', '湖北省'],
    ['长沙市工业和信息化局', '长沙市', '湖南省'],
    ['恩施州经济和信息化局', '恩施土家族苗族自治州', '湖北省'],
    ['阿克苏地区工业和信息化局', '阿克苏地区', '新疆维吾尔自治区'],
    ['兴安盟', '兴安盟', '内蒙古自治区'],
    ['昆山市工业和信息化局', '昆山市', '江苏省'],
    ['江岸区', '江岸区', '湖北省'],
    ['通化县工业和信息化局', '通化县', '吉林省'],
  ])('%s, an ordinary city or county, as feeding the province it is in', (name, place, province) => {
    expect(inferRecommenderType(name, profile)).toMatchObject({
      type: 'province',
      reason: { kind: 'feeder', word: place, province },
      feeder: true,
    });
  });

  test.each([
    // Districts that several cities have: no province can be told.
    ['鼓楼区工业和信息化局', ['province', '鼓楼区工业和信息化局', true]],
    ['朝阳区工业和信息化局', ['province', '朝阳区工业和信息化局', true]],
    // A unit whose name begins with a city's is no bureau of it.
    ['武汉大学', undefined],
    ['武汉市某某科技有限公司', undefined],
  ])('%s, whose province cannot be told, as what its words say', (name, expected) => {
    expect(infer(name)).toEqual(expected);
    expect(inferRecommenderType(name, profile)?.reason ?? {}).not.toHaveProperty('province');
  });

  test.each([
    ['福田区工业和信息化局', '深圳', '福田区'],
    ['宝安区科技创新局', '深圳', '宝安区'],
    ['余姚市经济和信息化局', '宁波', '余姚市'],
    ['市南区', '青岛', '市南区'],
    ['集美区', '厦门', '集美区'],
    ['金州区工业和信息化局', '大连', '金州区'],
  ])('%s, a district of a planned city named without the city, as the city’s', (name, city, district) => {
    expect(inferRecommenderType(name, profile)).toEqual({
      type: 'planned-city',
      holder: city,
      reason: { kind: 'planned-city-district', word: district, city },
      unverified: false,
      feeder: false,
    });
  });

  test.each([
    ['南山区工业和信息化局', '深圳'],
    ['江北区经济和信息化局', '宁波'],
    ['龙华区工业和信息化局', '深圳'],
  ])('%s, whose name other places share, as %s’s only where the workbook names that city', (name, city) => {
    expect(infer(name)).toEqual(['province', name, true]);
    expect(inferRecommenderType(name, profile, new Set(['厦门']))?.feeder).toBe(true);
    expect(inferRecommenderType(name, profile, new Set([city]))).toMatchObject({
      type: 'planned-city',
      holder: city,
    });
  });

  test.each(['福田区星河科技有限公司', '余姚市某某大学', '福田区街道办'])(
    '%s, a unit in a district and no bureau, as no district of a planned city',
    (name) => {
      expect(inferRecommenderType(name, profile)?.type).not.toBe('planned-city');
    },
  );

  test.each([
    ['新疆维吾尔自治区（含新疆生产建设兵团（第八师））', ['province', '新疆', false]],
    ['新疆维吾尔自治区(含兵团)', ['province', '新疆', false]],
    ['新疆维吾尔自治区工业和信息化厅（含新疆生产建设兵团（第八师））', ['province', '新疆', false]],
    ['新疆生产建设兵团（第八师）工业和信息化局', ['province', '新疆生产建设兵团', false]],
    ['广东省工业和信息化厅（不含深圳）', ['province', '广东', false]],
    ['广东省（不含深圳市）', ['province', '广东', false]],
    ['辽宁省工业和信息化厅（不含大连市（含金普新区））', ['province', '辽宁', false]],
    ['深圳市（含深汕特别合作区）', ['planned-city', '深圳', false]],
    ['武汉市（含东湖高新区）', ['province', '湖北', true]],
  ])('%s, by its name and not by the places in the note after it', (name, expected) => {
    expect(infer(name)).toEqual(expected);
  });

  test.each([
    '深圳市星河智算科技有限公司',
    '深圳市南山区星河科技有限公司',
    '某某大学',
    '',
    '推荐单位',
    // A national company that says no 集团 and is on no list (not the profile's centralEnterprises): only the SASAC
    // list, which the reference does not give, would tell.
    '中国铁塔股份有限公司',
    // The ministry and its departments recommend nothing.
    '工业和信息化部',
    '工业和信息化部科技司',
    // 盟 ends a place (锡林郭勒盟) and a 联盟: an alliance on no AI topic is no place.
    '中国机器人产业联盟',
  ])('gives nothing for %j', (name) => {
    expect(infer(name)).toBeUndefined();
  });

  test.each([
    '新疆生产建设兵团工业和信息化局',
    '新疆兵团',
    '新疆兵团工业和信息化局',
    '兵团工信局',
    '兵团工业和信息化局',
  ])('takes %s for 新疆生产建设兵团, with the note to verify its province-level cap', (name) => {
    expect(inferRecommenderType(name, profile)).toEqual({
      type: 'province',
      holder: '新疆生产建设兵团',
      reason: { kind: 'province-like', word: '新疆生产建设兵团', note: expect.stringContaining('请核实') },
      unverified: true,
      feeder: false,
    });
  });

  test.each([
    ['中国电子科技集团有限公司第十四研究所', '中国电子科技集团有限公司', '集团有限公司'],
    ['中国电子科技集团公司第三十八研究所', '中国电子科技集团公司', '集团公司'],
    ['中国航天科工集团有限公司第二研究院（盖章）', '中国航天科工集团有限公司', '集团有限公司'],
    ['中国航天科工集团第二研究院', '中国航天科工集团', '集团'],
    ['中国电子科技集团研究院', '中国电子科技集团', '集团'],
  ])('takes %s, a unit of a group, for the group %s, which recommends for it', (name, group, word) => {
    expect(inferRecommenderType(name, profile)).toEqual({
      type: 'central',
      holder: group.replace(/(?:有限)?公司$/u, ''),
      reason: { kind: 'central-member', word, group },
      unverified: true,
      feeder: false,
    });
  });

  test.each([
    ['国家电网有限公司', '国家电网有限公司', false],
    ['国家电网有限公司（盖章）', '国家电网有限公司', false],
    ['国家电网有限公司信息通信分公司', '国家电网有限公司', true],
    ['南方电网数字电网研究院有限公司', '中国南方电网有限责任公司', true],
  ])('takes %s for the listed central enterprise %s, verified, a unit of it: %s', (name, word, member) => {
    expect(inferRecommenderType(name, profile)).toEqual({
      type: 'central',
      holder: word.replace(/有限(?:责任)?公司$/u, ''),
      reason: { kind: 'central-listed', word, member },
      unverified: false,
      feeder: false,
    });
  });

  test.each([
    ['中电科集团', '中国电子科技集团有限公司', '中国电子科技集团'],
    ['中国电科（盖章）', '中国电子科技集团有限公司', '中国电子科技集团'],
    ['中国商飞', '中国商用飞机有限责任公司', '中国商用飞机'],
  ])('takes %s, a short name of the profile’s, for %s, of its holder', (name, group, holder) => {
    expect(inferRecommenderType(name, profile)).toMatchObject({
      type: 'central',
      holder,
      reason: { kind: 'central-short-name', group },
    });
  });

  test('takes a short name only as the whole name, not as the start of another', () => {
    expect(inferRecommenderType('中国移动通信集团浙江有限公司', profile)).toBeUndefined();
    expect(inferRecommenderType('中国电子学会', profile)?.type).not.toBe('central');
  });

  test('keys a group’s quota alike under its names of either legal form', () => {
    const holders = [
      '中国电子科技集团有限公司',
      '中国电子科技集团公司第十四研究所',
      '中国电子科技集团公司电子科学研究院',
    ].map((name) => inferRecommenderType(name, profile)?.holder);
    expect(new Set(holders)).toEqual(new Set(['中国电子科技集团']));
    expect(inferRecommenderType('中国移动通信集团广东有限公司', profile)).toBeUndefined();
  });

  test('takes a group written with a note after it for the group itself', () => {
    const inference = inferRecommenderType('中国电子科技集团有限公司（盖章）', profile);
    expect(inference?.reason).toEqual({ kind: 'central', word: '集团有限公司' });
    expect(inference?.holder).toBe(inferRecommenderType('中国电子科技集团有限公司', profile)?.holder);
  });

  test('says central groups and ministry units are guesses to confirm', () => {
    expect(inferRecommenderType('中国电子科技集团有限公司', profile)?.unverified).toBe(true);
    expect(inferRecommenderType('广东省工业和信息化厅', profile)?.unverified).toBe(false);
  });

  describe('a planned city, bare or with one of its districts, and never a company of it', () => {
    const cities = profile.recognition.plannedCities;
    // Place-like characters only, so that no draw spells a bureau, an organisation or a group by chance.
    const district = fc
      .string({
        unit: fc.constantFrom(...'南山福田罗湖宝安龙岗金州甲子沙河口思明湖里高新鄞海曙'),
        minLength: 1,
        maxLength: 8,
      })
      .chain((body) => fc.constantFrom(`${body}区`, `${body}县`, `${body}市`));

    test('a district of a planned city feeds the planned city', () => {
      fc.assert(
        fc.property(fc.constantFrom(...cities), fc.constantFrom('', '市'), district, (city, shi, place) => {
          expect(infer(`${city}${shi}${place}`)).toEqual(['planned-city', city, false]);
        }),
      );
    });

    test('a company named after a planned city or its district is no recommender', () => {
      const company = fc.constantFrom('科技有限公司', '智能科技股份有限公司', '研究院有限公司');
      fc.assert(
        fc.property(fc.constantFrom(...cities), district, company, (city, place, suffix) => {
          expect(infer(`${city}市${place}${suffix}`)).toBeUndefined();
          expect(infer(`${city}市${suffix}`)).toBeUndefined();
        }),
      );
    });
  });
});
