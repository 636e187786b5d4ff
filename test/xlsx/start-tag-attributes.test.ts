import fc from 'fast-check';
import { asLoaded, attributesOf } from '../../src/xlsx/start-tag-attributes';

/** An attribute as a program may write it: its value in either quote, holding the other quote or a `>`. */
const attribute = fc
  .record({
    name: fc.constantFrom('showZeros', 'zoomScale', 'topLeftCell', 'x14ac:dyDescent', 'r:id', 'view'),
    value: fc.string({ unit: fc.constantFrom('a', '1', ' ', "'", '"', '>', '中') }),
    double: fc.boolean(),
  })
  .map(({ name, value, double }) => {
    const quote = double ? '"' : "'";
    return { name, text: ` ${name}=${quote}${value.split(quote).join('')}${quote}` };
  });
const distinctAttributes = fc.uniqueArray(attribute, { selector: ({ name }) => name, maxLength: 6 });

describe('attributesOf', () => {
  it('reads every attribute of a start tag, in its order, whatever quotes its value holds', () => {
    fc.assert(
      fc.property(distinctAttributes, (attributes) => {
        const tag = `<sheetView${attributes.map(({ text }) => text).join('')}/>`;
        expect(attributesOf(tag)).toEqual(attributes);
      }),
    );
  });
});

describe('asLoaded', () => {
  it('keeps what ExcelJS wrote, adds what it lacks of the original, and drops its own defaults', () => {
    expect(
      asLoaded(
        '<sheetView workbookViewId="0" zoomScale="100" zoomScaleNormal="100">',
        '<sheetView showZeros="0" tabSelected="1" workbookViewId="0" zoomScaleNormal="100">',
        { own: [' zoomScale="100"', ' zoomScaleNormal="100"'], keptElsewhere: ['tabSelected'] },
      ),
    ).toBe('<sheetView showZeros="0" workbookViewId="0" zoomScaleNormal="100">');
  });
});
