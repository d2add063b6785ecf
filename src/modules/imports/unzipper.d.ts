// The slice of unzipper 0.10 that the workbook reader uses (the package ships no types).
declare module 'unzipper' {
  import type { Readable } from 'node:stream';
  interface CentralDirectoryFile {
    path: string;
    stream(): Readable;
  }
  interface CentralDirectory {
    files: CentralDirectoryFile[];
  }
  const unzipper: { Open: { file(path: string): Promise<CentralDirectory> } };
  export default unzipper;
}
