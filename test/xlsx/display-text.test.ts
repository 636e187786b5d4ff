import fc from 'fast-check';
import { format } from 'numfmt';
import { displayText } from '../../src/xlsx/display-text';

/** A credit code typed into a cell as a number (written from a string: the literal would lose precision). */
const CODE_AS_NUMBER = Number('911201163000123456');

/** A date as ExcelJS hands it over: the serial's calendar date and time, held in UTC. */
const excelDate = (year: number, month: number, day: number, hour = 0, minute = 0): Date =>
  new Date(Date.UTC(year, month - 1, day, hour, minute));

describe('displayText', () => {
  it('shows a credit code typed as a number as Excel does, in scientific notation with 6 digits', () => {
    expect(displayText(CODE_AS_NUMBER, undefined)).toBe('9.11201E+17');
    expect(displayText(CODE_AS_NUMBER, 'General')).toBe('9.11201E+17');
  });

  it('shows up to 11 integer digits in General, as numfmt does (a mobile number stored as a number)', () => {
    const samples = [
      0,
      7,
      -7,
      13812345678,
      99999999999,
      -99999999999,
      1e11,
      -1e11,
      123456789012,
      0.5,
      1 / 3,
      -0,
    ];
    for (const value of samples) expect(displayText(value, 'General')).toBe(format('General', value));
    expect(displayText(13812345678, undefined)).toBe('13812345678');
    expect(displayText(123456789012, undefined)).toBe('1.23457E+11');
  });

  it('shows at most 15 significant digits under any number format, as Excel does (the rest are zeros)', () => {
    expect(displayText(CODE_AS_NUMBER, '0')).toBe('911201163000123000');
    expect(displayText(CODE_AS_NUMBER, '000000000000000000')).toBe('911201163000123000');
    expect(displayText(CODE_AS_NUMBER, '#,##0')).toBe('911,201,163,000,123,000');
    expect(displayText(0.1 + 0.2, '0.000000000000000000')).toBe('0.300000000000000000');
  });

  it('pads with zeros under 000000 and shows percentages', () => {
    expect(displayText(1234, '000000')).toBe('001234');
    expect(displayText(0.1234, '0.00%')).toBe('12.34%');
    expect(displayText(0.5, '0%')).toBe('50%');
  });

  it('applies the text section to strings, and leaves strings alone under a numeric format', () => {
    expect(displayText('0123', '@')).toBe('0123');
    expect(displayText(123, '@')).toBe('123');
    expect(displayText('北京', '"单位："@')).toBe('单位：北京');
    expect(displayText('ab', '0.00')).toBe('ab');
    expect(displayText('ab', undefined)).toBe('ab');
  });

  it('applies a fourth section to strings even without @: ;;; hides them, as Excel does', () => {
    expect(displayText('华科智能有限公司', ';;;')).toBe('');
    expect(displayText('华科智能有限公司', '0;-0;0;"（已隐藏）"')).toBe('（已隐藏）');
    expect(displayText('华科智能有限公司', '0;-0;0')).toBe('华科智能有限公司');
  });

  it('shows any string under the text format as numfmt does, without asking it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(displayText(text, '@')).toBe(format('@', text, { locale: 'zh-CN' }));
      }),
    );
  });

  it('shows dates through their format, the same in every time zone', () => {
    const date = excelDate(2021, 3, 5);
    const saved = process.env.TZ;
    try {
      for (const zone of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles']) {
        process.env.TZ = zone;
        expect(displayText(date, 'yyyy"年"m"月"d"日"')).toBe('2021年3月5日');
        expect(displayText(excelDate(2021, 3, 5, 23, 30), 'yyyy-mm-dd hh:mm')).toBe('2021-03-05 23:30');
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  it('shows a serial number under a date format as that date', () => {
    expect(displayText(44260, 'yyyy"年"m"月"d"日"')).toBe('2021年3月5日');
  });

  it('shows a number outside Excel’s dates under a date format as Excel does, as #', () => {
    expect(displayText(13812345678, 'yyyy"年"m"月"d"日"')).toBe('########');
    expect(displayText(-1, 'yyyy/m/d')).toBe('########');
    expect(displayText(-0.5, 'h:mm')).toBe('########');
    expect(displayText(2958465.5, 'yyyy/m/d')).toBe('9999/12/31');
  });

  it('shows the built-in date formats that ExcelJS names by US patterns as zh-CN Excel does', () => {
    expect(displayText(excelDate(2021, 3, 5), 'mm-dd-yy')).toBe('2021/3/5');
    expect(displayText(excelDate(2021, 3, 5, 9, 5), 'm/d/yy "h":mm')).toBe('2021/3/5 9:05');
  });

  it('uses Chinese for AM/PM and month names', () => {
    expect(displayText(0.75, 'h:mm AM/PM')).toBe('6:00 下午');
    expect(displayText(excelDate(2021, 3, 5), 'mmm')).toBe('3月');
  });

  it('shows booleans, errors and empty values', () => {
    expect(displayText(true, undefined)).toBe('TRUE');
    expect(displayText(false, '0')).toBe('FALSE');
    expect(displayText({ error: '#N/A' }, undefined)).toBe('#N/A');
    expect(displayText(null, '0.00')).toBe('');
  });

  it('falls back to General for a format numfmt cannot parse', () => {
    expect(displayText(12.5, '0.0.0"')).toBe('12.5');
  });
});
