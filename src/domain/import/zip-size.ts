import { inflateRawSync } from 'node:zlib';

/**
 * How much an Excel file may hold once unpacked. A real list of 20,000 people is some tens of megabytes of XML; the
 * reader (exceljs) holds about four times the unpacked size in memory and blocks the bot while it parses. A file of a
 * megabyte can unpack to half a gigabyte of spaces (a "zip bomb", probe40: 1.1 GB of memory and 10 s of a stalled bot
 * per file, from any staff member's /import).
 */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * Whether the zip's entries, unpacked, stay within `limit` bytes. Each is inflated here with a cap on its output, not
 * trusted by the sizes it declares (a bomb can declare small ones; the reader checks them only after unpacking all).
 * A zip this cannot read is left to the reader, which refuses it as it would.
 */
export function unpacksWithin(bytes: Uint8Array, limit = MAX_UNPACKED_BYTES): boolean {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(data);
  if (end < 0) return true;
  let at = data.readUInt32LE(end + 16);
  let left = limit;
  for (let n = data.readUInt16LE(end + 10); n > 0 && at + 46 <= data.length && data.readUInt32LE(at) === DIRECTORY_ENTRY; n--) {
    const method = data.readUInt16LE(at + 10);
    const packed = data.readUInt32LE(at + 20);
    const local = data.readUInt32LE(at + 42);
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL_HEADER) return true;
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const body = data.subarray(start, Math.min(data.length, start + packed));
    if (method === 0) left -= body.length;
    else if (method === 8) {
      try {
        left -= inflateRawSync(body, { maxOutputLength: Math.max(1, left + 1) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return false;
        return true;
      }
    }
    if (left < 0) return false;
  }
  return true;
}

/** The end-of-central-directory record: the last 22 bytes, or further back by a comment of up to 64 KB. */
function endOfDirectory(data: Buffer): number {
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (data.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
