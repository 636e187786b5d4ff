import { DirectionList } from '../../../src/core/directions/direction-list';
import { defaultProfile } from '../../../src/core/profile';

const profile = defaultProfile();
const named = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `指南方向${i + 1}` }));

describe('DirectionList', () => {
  it.each([
    ['the notice’s six alone', undefined, { complete: false, count: 6, source: 'profile' }],
    ['the six and eleven more', named(11), { complete: false, count: 17, source: 'file' }],
    [
      'the six and twelve more: as many as the notice states',
      named(12),
      { complete: true, count: 18, source: 'file' },
    ],
    ['more than the notice states', named(13), { complete: false, count: 19, source: 'file' }],
  ])('%s', (_, fromFile, info) => {
    expect(new DirectionList(profile, fromFile).info).toEqual({ ...info, expected: 18 });
  });

  it('counts a direction the file repeats, numbered or spaced, once', () => {
    const list = new DirectionList(profile, [
      { name: '1. 智能传感器' },
      { name: '智能 传感器' },
      ...named(12),
    ]);
    expect(list.info.count).toBe(18);
  });

  it.each([
    [
      'the officer’s category and wording',
      [{ name: '智能 传感器', category: '重点产品' }],
      { name: '智能 传感器', category: '重点产品' },
    ],
    [
      'the inferred category when the officer’s line has none',
      [{ name: '智能传感器' }],
      { name: '智能传感器', category: '核心基础' },
    ],
    [
      'the officer’s first line, a later one only filling in a category',
      [
        { name: '智能传感器', category: '公共支撑' },
        { name: '智能传感器', category: '重点产品' },
      ],
      { name: '智能传感器', category: '公共支撑' },
    ],
    ['the profile alone without a list', undefined, { name: '智能传感器', category: '核心基础' }],
  ])('finds one of the notice’s six with %s', (_, fromFile, expected) => {
    expect(new DirectionList(profile, fromFile).find('智能传感器')).toEqual(expected);
  });
});
