import type { KeyValueStore } from '../taskpane/settings';

/**
 * The page's store on this PC: the browser's localStorage, which keeps the winners and direction lists between
 * visits, as the pane's PC store does. Where storage is off (some locked-down browsers), choices live for the visit.
 */
export function browserStore(): KeyValueStore {
  const memory = new Map<string, string>();
  return {
    get(key) {
      try {
        return localStorage.getItem(key) ?? undefined;
      } catch {
        return memory.get(key);
      }
    },
    set(key, value) {
      try {
        localStorage.setItem(key, value);
      } catch {
        memory.set(key, value);
      }
      return Promise.resolve();
    },
  };
}
