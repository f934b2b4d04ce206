/**
 * A small multipart/form-data parser. Written by hand because grammY emits headers
 * like `content-disposition:form-data;name="x";filename=a b.pdf` (no spaces, unquoted
 * filename), which the strict WHATWG FormData parser in Node rejects.
 */

export class UploadedFile {
  constructor(
    readonly filename: string,
    readonly mimeType: string,
    readonly bytes: Buffer,
  ) {}
}

export type MultipartValue = string | UploadedFile;

function headerParam(header: string, name: string): string | undefined {
  // name="quoted" | name=bare (up to ';' — or, for filename, to the end of the line)
  const quoted = new RegExp(`(?:^|;)\\s*${name}="((?:\\\\.|[^"\\\\])*)"`, 'i').exec(header);
  if (quoted) return (quoted[1] ?? '').replace(/\\(.)/g, '$1');
  const bare = new RegExp(`(?:^|;)\\s*${name}=(${name === 'filename' ? '.*' : '[^;]*'})`, 'i').exec(header);
  return bare?.[1]?.trim();
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Parses a whole multipart body into field name -> string or file. */
export function parseMultipart(body: Buffer, contentType: string): Map<string, MultipartValue> {
  const boundary = headerParam(contentType.replace(/^[^;]*/, ''), 'boundary');
  if (!boundary) throw new Error('multipart body without boundary');
  const delimiter = Buffer.from(`--${boundary}`);
  const fields = new Map<string, MultipartValue>();
  let position = body.indexOf(delimiter);
  while (position !== -1) {
    const partStart = position + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString() === '--') break; // closing delimiter
    const next = body.indexOf(delimiter, partStart);
    if (next === -1) break;
    // Part = CRLF headers CRLF CRLF content CRLF
    const part = body.subarray(partStart + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const headers = parseHeaders(part.subarray(0, split).toString('utf8'));
      const content = part.subarray(split + 4);
      const disposition = headers.get('content-disposition') ?? '';
      const name = headerParam(disposition, 'name');
      const filename = headerParam(disposition, 'filename');
      if (name !== undefined) {
        fields.set(
          name,
          filename !== undefined
            ? new UploadedFile(filename, headers.get('content-type') ?? 'application/octet-stream', Buffer.from(content))
            : content.toString('utf8'),
        );
      }
    }
    position = next;
  }
  return fields;
}
