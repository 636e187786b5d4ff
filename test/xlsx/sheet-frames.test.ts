import fc from 'fast-check';
import { readFrame, type SheetFrame } from '../../src/xlsx/sheet-frames';
import { asChunks, piecesAt } from '../helpers/chunks';

/** Reads the frame of `xml` handed over in pieces cut at `cuts`, and checks that every piece is passed on as it is. */
async function frameOf(xml: string, cuts: number[]): Promise<SheetFrame> {
  const pieces = piecesAt(xml, cuts);
  const frame = { head: '', tail: '' };
  const passed: unknown[] = [];
  for await (const chunk of readFrame(asChunks(pieces), frame)) passed.push(chunk);
  expect(passed).toEqual(pieces);
  return frame;
}

const text = fc.string({ unit: fc.constantFrom('a', '<', '/', '>', ' ', '"', 'c', '表') });
const HEAD = '<worksheet><sheetPr/><sheetViews><sheetView tabSelected="1"/></sheetViews>';

describe('readFrame: the XML of a sheet before and after its cells', () => {
  it('is read whole, wherever the chunks cut it, with its cells', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, fc.array(fc.nat()), async (cells, tail, cuts) => {
        // No piece of text can spell sheetData: the only cells are the ones between the tags.
        const head = HEAD + cells;
        const end = `${tail}</worksheet>`;
        const xml = `${head}<sheetData>${cells}</sheetData>${end}`;
        expect(await frameOf(xml, cuts)).toEqual({ head, tail: end });
      }),
    );
  });

  it('is read whole, wherever the chunks cut it, without cells', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('<sheetData/>', '<sheetData />'),
        fc.array(fc.nat()),
        async (empty, cuts) => {
          expect(await frameOf(`${HEAD}${empty}<pageMargins/></worksheet>`, cuts)).toEqual({
            head: HEAD,
            tail: '<pageMargins/></worksheet>',
          });
        },
      ),
    );
  });
});
