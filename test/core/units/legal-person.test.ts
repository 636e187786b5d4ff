import { defaultProfile } from '../../../src/core/profile';
import { legalPersonOf } from '../../../src/core/units/legal-person';

const profile = defaultProfile();

describe('legalPersonOf', () => {
  test.each([
    ['哈工大', '哈尔滨工业大学'],
    ['中国信通院', '中国信息通信研究院'],
    ['浙江大学计算机科学与技术学院', '浙江大学'],
    ['甲科技有限公司上海分公司', '甲科技有限公司'],
    ['浙江大学城市学院', '浙江大学城市学院'],
    ['北京大学视觉实验室', '北京大学'],
    ['北京大学人工智能研究院视觉实验室', '北京大学'],
    ['北京大学深圳研究院视觉实验室', '北京大学深圳研究院'],
    ['杭州丙微电子股份有限公司', '杭州丙微电子股份有限公司'],
  ])('%s stands for %s', (key, person) => {
    expect(legalPersonOf(key, profile)).toBe(person);
  });
});
