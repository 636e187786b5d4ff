import type { KeyValueStore } from './settings';

/**
 * A store in the browser's localStorage of the add-in's origin: it stays on this PC and is shared by every workbook
 * (Office keeps each add-in's storage apart). Where storage is refused (a locked-down webview, private mode), the
 * values live for this session only, so the pane still works.
 */
export function localStore(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): KeyValueStore {
  const memory = new Map<string, string>();
  return {
    get(key) {
      try {
        return storage?.getItem(key) ?? memory.get(key);
      } catch {
        return memory.get(key);
      }
    },
    set(key, value) {
      memory.set(key, value);
      try {
        storage?.setItem(key, value);
      } catch {
        // Kept in memory above: the lists still serve this session.
      }
      return Promise.resolve();
    },
  };
}
