import { FakeOfficeError, notLoaded } from './errors';
import type { FakeRequestContext } from './request-context';

/** How each loadable property of an object is read from the state at sync time. */
export type Readers = Record<string, () => unknown>;

/** The properties a collection's `load` asks of its items: `items/name,items/position` or a list. */
export function itemProperties(names?: string | string[]): string[] {
  return (typeof names === 'string' ? names.split(',') : (names ?? [])).map((name) =>
    name.replace(/^items\//u, '').trim(),
  );
}

/**
 * What every fake proxy shares: an id in its context, `load` that snapshots properties at sync time, properties
 * that throw until loaded and synced, and null objects (from `*OrNullObject` methods) on which changes do nothing.
 */
export abstract class FakeClientObject {
  readonly id: number;
  private readonly snapshot = new Map<string, unknown>();
  private nullObject: boolean | undefined;

  /**
   * Creating an object through a method or property is part of the request, as an object path is; the items a
   * collection's load returns come with the response instead.
   */
  constructor(
    readonly context: FakeRequestContext,
    path: { parent?: FakeClientObject; via: string; args?: unknown[]; fromResponse?: boolean },
  ) {
    this.id = context.nextId();
    if (path.fromResponse !== true)
      context.enqueue({ id: this.id, parent: path.parent?.id, via: path.via, args: path.args });
  }

  protected abstract readers(): Readers;

  /** Navigation properties that load paths (`protection/protected`) may go through. */
  protected navigation(): Record<string, FakeClientObject> {
    return {};
  }

  /** False when the object is a null object; evaluated at sync time. May throw, as `getItem` of a missing item. */
  protected exists(): boolean {
    return true;
  }

  load(names?: string | string[]): this {
    const list =
      names === undefined
        ? Object.keys(this.readers())
        : typeof names === 'string'
          ? names.split(',')
          : names;
    const own: string[] = [];
    for (const name of list.map((n) => n.trim())) {
      const [head, ...rest] = name.split('/');
      const child = this.navigation()[head!];
      if (rest.length > 0 && child !== undefined) child.load(rest.join('/'));
      else own.push(name);
    }
    this.context.enqueue({ load: this.id, select: own }, () => this.takeSnapshot(own));
    return this;
  }

  /** Loads properties at once, for items that a collection's load creates during the sync. */
  snapshotNow(names: readonly string[]): unknown {
    return this.takeSnapshot(names);
  }

  protected takeSnapshot(names: readonly string[]): unknown {
    this.nullObject = !this.exists();
    if (this.nullObject) return { isNullObject: true };
    const readers = this.readers();
    const values: Record<string, unknown> = {};
    for (const name of names) {
      const read = readers[name];
      if (read === undefined) throw new FakeOfficeError('InvalidArgument', `fake-excel: no property ${name}`);
      values[name] = read();
      this.snapshot.set(name, values[name]);
    }
    return values;
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw notLoaded('isNullObject');
    return this.nullObject;
  }

  protected loaded<T>(name: string): T {
    if (this.nullObject === true || !this.snapshot.has(name)) throw notLoaded(name);
    return this.snapshot.get(name) as T;
  }

  /** Queues a change: a property set or a method call, skipped on a null object. */
  protected change(json: Record<string, unknown>, apply: () => void): void {
    this.context.enqueue({ on: this.id, ...json }, () => {
      if (this.exists()) apply();
    });
  }
}

/** What a method returning a value gives: `value` is readable after the sync. */
export class FakeClientResult<T> {
  private result: { value: T } | undefined;

  constructor(context: FakeRequestContext, json: unknown, compute: () => T) {
    context.enqueue(json, () => {
      this.result = { value: compute() };
      return this.result.value;
    });
  }

  get value(): T {
    if (this.result === undefined) throw notLoaded('value');
    return this.result.value;
  }
}
