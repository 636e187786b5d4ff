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
    ['中国人工智能产业发展联盟', ['ai-org', '中国人工智能产业发展联盟', false]],
    ['深圳市人工智能行业协会', ['ai-org', '深圳市人工智能行业协会', false]],
    ['中国电子科技集团有限公司', ['central', '中国电子科技集团有限公司', false]],
    ['北京航空航天大学', ['ministry-unit', '北京航空航天大学', false]],
    ['中国信息通信研究院', ['ministry-unit', '中国信息通信研究院', false]],
    ['新疆生产建设兵团工业和信息化局', ['province', '新疆生产建设兵团', false]],
    ['武汉市经济和信息化局', ['province', '武汉市经济和信息化局', true]],
    ['武汉市', ['province', '武汉市', true]],
  ])('%s', (name, expected) => {
    expect(infer(name)).toEqual(expected);
  });

  test.each(['深圳市星河智算科技有限公司', '某某大学', '', '推荐单位'])('gives nothing for %j', (name) => {
    expect(infer(name)).toBeUndefined();
  });

  test('says central groups and ministry units are guesses to confirm', () => {
    expect(inferRecommenderType('中国电子科技集团有限公司', profile)?.unverified).toBe(true);
    expect(inferRecommenderType('广东省工业和信息化厅', profile)?.unverified).toBe(false);
  });
});
