import { InputFailure } from '../../src/core/input-failure';
import { decodeText, decodeTextFile } from '../../src/xlsx/decode-text';

/** 申报单位 in GBK, as Chinese Windows Excel saves a CSV. */
const GBK_UNIT = [0xc9, 0xea, 0xb1, 0xa8, 0xb5, 0xa5, 0xce, 0xbb];

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

describe('decodeText', () => {
  it('decodes UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('申报单位,项目')]))).toBe('申报单位,项目');
  });

  it('decodes UTF-8 without a BOM', () => {
    expect(decodeText(new Uint8Array(utf8('项目名称\n智能工厂')))).toBe('项目名称\n智能工厂');
  });

  it('falls back to GB18030 for GBK bytes that are no valid UTF-8', () => {
    expect(decodeText(new Uint8Array([...GBK_UNIT, 0x2c, 0x41]))).toBe('申报单位,A');
  });

  it('decodes UTF-16 LE and BE by their BOM (Excel\'s "Unicode text")', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x33, 0x75, 0x09, 0x00, 0x41, 0x00]))).toBe('申\tA');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x75, 0x33, 0x00, 0x09, 0x00, 0x41]))).toBe('申\tA');
  });

  it('keeps pure ASCII as it is and decodes nothing to an empty string', () => {
    expect(decodeText(new Uint8Array(utf8('a,b\r\n1,2')))).toBe('a,b\r\n1,2');
    expect(decodeText(new Uint8Array())).toBe('');
  });
});

describe('decodeTextFile', () => {
  it('decodes as decodeText does: UTF-8 with or without a BOM, and GBK without one', () => {
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('申报单位')]), 'a.txt')).toBe('申报单位');
    expect(decodeTextFile(new Uint8Array(GBK_UNIT), 'a.txt')).toBe('申报单位');
  });

  it('refuses a UTF-8 BOM before GBK bytes, naming the file, rather than reading them as either', () => {
    const read = () => decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...GBK_UNIT]), 'lists/方向.txt');
    expect(read).toThrow(InputFailure);
    expect(read).toThrow(
      expect.objectContaining({ key: 'text-bom-mismatch', values: { file: 'lists/方向.txt' } }),
    );
  });
});
