/**
 * A text's code units, read the same way whatever V8 made of the text. V8 keeps a string in one of several
 * representations (flat or a slice of a longer one, one byte or two a unit, internalised or not), each with a hidden
 * class of its own, and a helper that every cell's text passes through meets more of them than one place in the code
 * keeps apart (four). Past that, `text.charCodeAt` is looked up in V8's global cache of handlers at every character,
 * several times slower; and a loop over a text reads its `length` once, for the same reason. `charCodeAt` is called
 * as a function instead, bound to `call` so that the compiler knows which function every call site calls and inlines
 * it as one read of any representation: `charCodeAt.call(text, index)` through a variable calls the builtin at every
 * character (11 % of a check at 10,000 rows).
 */

/** `text.charCodeAt(index)`: NaN past the end. */
export const codeUnitAt: (text: string, index: number) => number = Function.prototype.call.bind(
  String.prototype.charCodeAt,
);
