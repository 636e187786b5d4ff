/** A file's name without its folders, whether its path is written with / or with \ (a Windows path). */
export const baseName = (path: string): string => path.split(/[/\\]/u).pop() ?? path;

/** A file's name without its folders and its extension, as Excel names the sheet of a CSV it opens. */
export function stemOf(path: string): string {
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? base : base.slice(0, dot);
}

/** A file's extension, lower-case and without its dot; '' for a name without one. */
export function extensionOf(path: string): string {
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot + 1).toLowerCase();
}
