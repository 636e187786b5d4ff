import fc from 'fast-check';
import { RECOMMENDER_TYPES, recommenderTypeNamed } from '../../../src/core/recommender-type';

describe('the recommender type an officer writes', () => {
  test.each([
    ['province', 'province'],
    ['Planned-City', 'planned-city'],
    ['计划单列市', 'planned-city'],
    ['省、自治区、直辖市', 'province'],
    ['省，自治区，直辖市', 'province'],
    ['直辖市', 'province'],
    ['人工智能相关行业组织', 'ai-org'],
    ['央企', 'central'],
    ['中央企业集团', 'central'],
    ['部属单位', 'ministry-unit'],
    [' 计划单列市 ', 'planned-city'],
  ])('%s is %s', (written, type) => {
    expect(recommenderTypeNamed(written)).toBe(type);
  });

  test.each(['city', '城市', '地级市', '区', '', 'province-level'])('%s is none', (written) => {
    expect(recommenderTypeNamed(written)).toBeUndefined();
  });

  test('every id, in any case, is its own type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RECOMMENDER_TYPES), fc.array(fc.boolean()), (type, upper) => {
        const written = [...type].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
        expect(recommenderTypeNamed(written)).toBe(type);
      }),
    );
  });
});
