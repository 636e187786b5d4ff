/** An error as Office.js throws it from `context.sync()`: an `OfficeExtension.Error` with a `code`. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };

  constructor(
    readonly code: string,
    message: string = code,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message };
  }
}

/** Reading a property that was not loaded and synced, as Office.js refuses it. */
export const notLoaded = (name: string): Error =>
  new Error(
    `PropertyNotLoaded: The property '${name}' is not available. Call load() and context.sync() first.`,
  );
