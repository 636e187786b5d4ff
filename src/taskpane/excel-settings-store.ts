/// <reference types="office-js" />
import type { KeyValueStore } from './settings';

/**
 * A store in the open workbook's add-in settings (`Office.context.document.settings`): saved inside the file, so
 * each workbook keeps its own choices. Settings are written to the file when it is next saved.
 */
export function workbookSettingsStore(settings: Office.Settings): KeyValueStore {
  return {
    get(key) {
      const value: unknown = settings.get(key);
      return typeof value === 'string' ? value : undefined;
    },
    set(key, value) {
      settings.set(key, value);
      return new Promise((resolve, reject) =>
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error),
        ),
      );
    },
  };
}
