/** Appends register rows to a sheet, numbering them as Excel shows them (row 1 is the header). */
export function addRows<T extends { row: number }>(list: T[], items: Omit<T, 'row'>[]): void {
  for (const x of items) list.push({ ...x, row: list.length + 2 } as T);
}
