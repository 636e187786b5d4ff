import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A module of the product as it ships: the command runs the JavaScript that `npm run build:cli` compiles into dist/
 * (which `npm run bench` builds first), so that is what the bench times, not the sources as a TypeScript loader
 * transpiles them.
 */
export const shipped = <T>(module: string): Promise<T> =>
  import(pathToFileURL(join(__dirname, '..', 'dist', `${module}.js`)).href) as Promise<T>;
