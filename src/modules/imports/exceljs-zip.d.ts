// The zip writer inside exceljs 4.4.0 (pinned), a thin wrapper over JSZip; exceljs ships no types for it.
declare module 'exceljs/lib/utils/zip-stream.js' {
  import type { Writable } from 'node:stream';
  class ZipWriter {
    constructor(options?: { compression?: 'DEFLATE' | 'STORE' });
    append(data: Buffer | string, options: { name: string }): void;
    /** Builds the archive and writes it to the piped destination. */
    finalize(): Promise<void>;
    pipe(destination: Writable): unknown;
  }
  const zipStream: { ZipWriter: typeof ZipWriter };
  export default zipStream;
}
