/**
 * A byte-level check of the shape of an XML part before exceljs's parser
 * (saxes) sees it: saxes keeps every open element on a stack and every text
 * or tag whole until it ends, so a small part nested millions deep, or one
 * text of hundreds of megabytes, would take memory far beyond its size. This
 * stream passes the bytes on unchanged and fails with ARCHIVE_PART_TOO_COMPLEX
 * past the nesting depth, or when the bytes between two element tags (a text,
 * with any comments and CDATA in it) or one tag, comment or processing
 * instruction run past their length limit. A document type declaration is
 * refused: no part of an .xlsx has one, and it is where entity expansion lives.
 */
import { basename } from 'node:path';
import { Transform } from 'node:stream';
import { AppError } from '../errors.js';
import { megabytes } from './imports.archive.js';

/**
 * Excel nests a worksheet's cell text 6 deep (worksheet, sheetData, row, c,
 * is, r, t) and holds at most 32,767 characters in a cell, under 200 KB as
 * UTF-8 with every character escaped.
 */
export const xmlLimits = {
  maxDepth: 64,
  maxTokenBytes: 1024 * 1024,
};
export type XmlLimits = typeof xmlLimits;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const DASH = 0x2d;
const RBRACKET = 0x5d;

enum State {
  Text,
  Open,
  StartTag,
  EndTag,
  Bang,
  Comment,
  CData,
  Pi,
}

const what = {
  depth: 'độ lồng của XML / XML nesting depth',
  token: 'một đoạn văn bản, thẻ hoặc chú thích XML dài / an XML text, tag or comment length',
};

/** A pass-through stream that refuses an XML part (by its bytes) nested too deep, with an overlong token, or with a DOCTYPE. */
export function xmlGuard(file: string, part: string, limits: XmlLimits = xmlLimits): Transform {
  let state = State.Text;
  let depth = 0;
  // Bytes since the last element tag began or ended (State.Text), or of the current tag, comment or instruction.
  let run = 0;
  let quote = 0;
  let prev = 0;
  let prev2 = 0;
  let bang = '';
  const complex = (kind: keyof typeof what, max: number | string) =>
    new AppError(
      'ARCHIVE_PART_TOO_COMPLEX',
      { file: basename(file), part, what: what[kind], max },
      { limit: kind, part, max },
    );

  function scan(b: Buffer): AppError | null {
    const n = b.length;
    let i = 0;
    while (i < n) {
      switch (state) {
        case State.Text: {
          const j = b.indexOf(LT, i);
          const end = j < 0 ? n : j;
          run += end - i;
          if (run > limits.maxTokenBytes) return complex('token', megabytes(limits.maxTokenBytes));
          if (j < 0) return null;
          state = State.Open;
          i = j + 1;
          break;
        }
        case State.Open: {
          const c = b[i++];
          if (c === SLASH) {
            state = State.EndTag;
            run = 0;
          } else if (c === QUESTION) {
            state = State.Pi;
            prev = 0;
          } else if (c === BANG) {
            state = State.Bang;
            bang = '';
          } else {
            if (++depth > limits.maxDepth) return complex('depth', limits.maxDepth);
            state = State.StartTag;
            run = 1;
            quote = 0;
            prev = c;
          }
          break;
        }
        case State.StartTag: {
          for (; i < n; i++) {
            const c = b[i];
            if (quote !== 0) {
              if (c === quote) quote = 0;
            } else if (c === DQUOTE || c === SQUOTE) quote = c;
            else if (c === GT) {
              if (prev === SLASH) depth--;
              state = State.Text;
              run = 0;
              i++;
              break;
            }
            prev = c;
            if (++run > limits.maxTokenBytes) return complex('token', megabytes(limits.maxTokenBytes));
          }
          break;
        }
        case State.EndTag: {
          const j = b.indexOf(GT, i);
          const end = j < 0 ? n : j;
          run += end - i;
          if (run > limits.maxTokenBytes) return complex('token', megabytes(limits.maxTokenBytes));
          if (j < 0) return null;
          depth = Math.max(0, depth - 1);
          state = State.Text;
          run = 0;
          i = j + 1;
          break;
        }
        case State.Bang: {
          // `<!--` opens a comment, `<![CDATA[` a CDATA section; anything else is a declaration (DOCTYPE).
          bang += String.fromCharCode(b[i++]);
          if (bang === '--') {
            state = State.Comment;
            prev = prev2 = 0;
          } else if (bang === '[CDATA[') {
            state = State.CData;
            prev = prev2 = 0;
          } else if (!'--'.startsWith(bang) && !'[CDATA['.startsWith(bang)) {
            return new AppError('IMPORT_FILE_UNREADABLE', {
              file: basename(file),
              reason: `${part}: khai báo <!${bang}… không được phép / declaration <!${bang}… not allowed`,
            });
          }
          break;
        }
        case State.Comment:
        case State.CData:
        case State.Pi: {
          // Ends at `-->`, `]]>` or `?>`; counted with the text around it (comments and CDATA) or alone (instructions).
          const closer = state === State.Comment ? DASH : state === State.CData ? RBRACKET : QUESTION;
          for (; i < n; i++) {
            const c = b[i];
            if (++run > limits.maxTokenBytes) return complex('token', megabytes(limits.maxTokenBytes));
            if (c === GT && prev === closer && (state === State.Pi || prev2 === closer)) {
              state = State.Text;
              if (closer === QUESTION) run = 0;
              i++;
              break;
            }
            prev2 = prev;
            prev = c;
          }
          break;
        }
      }
    }
    return null;
  }

  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const e = scan(chunk);
      if (e) done(e);
      else done(null, chunk);
    },
  });
}
