/**
 * A text's code units, read the same way whatever V8 made of the text. V8 keeps a string in one of several
 * representations (flat or a slice of a longer one, one byte or two a unit, internalised or not), each with a hidden
 * class of its own, and a helper that every cell's text passes through meets more of them than one place in the code
 * keeps apart (four). Past that, `text.charCodeAt` is looked up in V8's global cache of handlers at every character,
 * several times slower. Called as a function, `charCodeAt` is one inlined read of any representation; and a loop
 * over a text reads its `length` once, for the same reason.
 */
const charCodeAt = String.prototype.charCodeAt;

/** `text.charCodeAt(index)`: NaN past the end. */
export const codeUnitAt = (text: string, index: number): number => charCodeAt.call(text, index);
