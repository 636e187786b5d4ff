/** @jest-environment ./test/helpers/jsdom-environment.js */
import { readPickedFile } from '../../src/taskpane/picked-file';
import { genericFailure, failureSentence } from '../../src/taskpane/pane-failure';
import { failureOf } from '../helpers/failure';

/**
 * A file the officer chose in the pane or on the page, read as bytes. Chromium fails the read (NotReadableError)
 * when the file was moved, deleted or changed after it was chosen, or another program locks it; that is faked here at
 * FileReader, as jsdom reads any File.
 */
describe('a chosen file that can no longer be read', () => {
  afterEach(() => jest.restoreAllMocks());

  test('is told as that file, with what to do, not as an unexpected error', async () => {
    jest.spyOn(FileReader.prototype, 'readAsArrayBuffer').mockImplementation(function (this: FileReader) {
      this.dispatchEvent(new ProgressEvent('error'));
    });
    const failure = await failureOf(readPickedFile(new File(['x'], '推荐汇总表.xlsx')));
    expect([failure.key, failure.values]).toEqual(['picked-file-unreadable', { file: '推荐汇总表.xlsx' }]);
    expect(failureSentence(genericFailure(failure), 'zh-CN')).toMatch(/“推荐汇总表\.xlsx”.*重新选择/u);
    expect(failureSentence(genericFailure(failure), 'en-US')).toMatch(
      /"推荐汇总表\.xlsx".*choose the file again/u,
    );
  });

  test('a file that can be read gives its bytes', async () => {
    const picked = await readPickedFile(new File([Uint8Array.of(1, 2, 3)], '名单.csv'));
    expect([picked.name, [...picked.bytes]]).toEqual(['名单.csv', [1, 2, 3]]);
  });
});
