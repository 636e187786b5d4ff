import { baseName, extensionOf, stemOf } from '../../src/xlsx/file-name';

describe('file names', () => {
  test.each([
    ['推荐表.xlsx', '推荐表.xlsx', '推荐表', 'xlsx'],
    ['/home/王华/下载/2020年优胜名单.XLS', '2020年优胜名单.XLS', '2020年优胜名单', 'xls'],
    ['C:\\Users\\张三\\Desktop\\~$推荐表.xlsx', '~$推荐表.xlsx', '~$推荐表', 'xlsx'],
    ['lists/directions.v2.txt', 'directions.v2.txt', 'directions.v2', 'txt'],
    ['方向清单', '方向清单', '方向清单', ''],
  ])('%s', (path, base, stem, extension) => {
    expect([baseName(path), stemOf(path), extensionOf(path)]).toEqual([base, stem, extension]);
  });
});
