// The slice of unzipper 0.10 that the workbook reader uses (the package ships no types).
declare module 'unzipper' {
  import type { Readable } from 'node:stream';
  export interface CentralDirectoryFile {
    path: string;
    /** As the central directory declares it (zip64 sizes included); nothing is inflated to know it. */
    uncompressedSize: number;
    type: 'File' | 'Directory';
    stream(): Readable;
  }
  export interface CentralDirectory {
    files: CentralDirectoryFile[];
  }
  const unzipper: { Open: { file(path: string): Promise<CentralDirectory> } };
  export default unzipper;
}
