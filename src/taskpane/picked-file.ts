import { InputFailure } from '../core/input-failure';
import type { PickedFile } from './pane-host';

/**
 * A picked file's bytes, through FileReader, which every webview the pane runs in has (older Safari lacks
 * Blob.arrayBuffer). A file that can no longer be read (moved, deleted or changed since it was chosen, or locked by
 * another program) is the officer's sentence, not an unexpected error.
 */
export function readPickedFile(file: File): Promise<PickedFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, bytes: new Uint8Array(reader.result as ArrayBuffer) });
    reader.onerror = () => reject(new InputFailure('picked-file-unreadable', { file: file.name }));
    reader.readAsArrayBuffer(file);
  });
}
