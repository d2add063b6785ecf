/**
 * Formula injection (OWASP ASVS 5.0, 1.2.10): a spreadsheet program takes a
 * cell that starts with `=`, `+`, `-`, `@`, a tab, a carriage return or NUL
 * for a formula. Exported CSV cells that start so get a leading single quote,
 * which spreadsheets show as "this is text"; the importer drops one leading
 * quote before such a character, so what is exported imports back unchanged.
 * No column of the import format holds a number or a date that may start with
 * '-' (dates are yyyy-mm-dd, card numbers NN.NNNNNN), so '-' is escaped too.
 */
const risky = '=+\\-@\\t\\r\\0';
/** Any run of quotes, then a risky character: what the exporter escapes. */
const escapable = new RegExp(`^'*[${risky}]`);
/** At least one quote, then a risky character: what the importer unescapes. */
const escaped = new RegExp(`^'+[${risky}]`);

/** A CSV cell as exported: a leading quote before text a spreadsheet could run. */
export function escapeCsvText(v: string): string {
  return escapable.test(v) ? `'${v}` : v;
}

/**
 * An .xlsx cell as exported. Cells are written as text, never as formulas,
 * so `=...` needs no quote there (Excel shows it as typed); only a text that
 * already starts with quotes before a risky character gets one more, so that
 * the importer's unescaping gives it back unchanged.
 */
export function escapeXlsxText(v: string): string {
  return escaped.test(v) ? `'${v}` : v;
}

/** A text cell as imported: one leading quote before a risky character is dropped. */
export function unescapeText(v: string): string {
  return escaped.test(v) ? v.slice(1) : v;
}
