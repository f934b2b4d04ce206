import type { Api } from 'grammy';
import { FileRejected, MAX_FILE_BYTES } from '../domain/import/read-table.js';

export type DownloadFile = (fileId: string) => Promise<Uint8Array>;

/**
 * Downloads a file a person sent (getFile, then the file URL) with the same
 * fetch the bot uses, so tests and the emulator serve it. Bots may download
 * files up to 20 MB; the size is checked before and while reading.
 */
export function fileDownloader(api: Api, options: { token: string; apiRoot: string; fetch: typeof fetch }): DownloadFile {
  return async (fileId) => {
    const file = await api.getFile(fileId);
    if ((file.file_size ?? 0) > MAX_FILE_BYTES) throw new FileRejected('too-large');
    if (!file.file_path) throw new FileRejected('unreadable');
    const response = await options.fetch(`${options.apiRoot}/file/bot${options.token}/${file.file_path}`);
    if (!response.ok) throw new Error(`file download failed: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_FILE_BYTES) throw new FileRejected('too-large');
    return bytes;
  };
}
