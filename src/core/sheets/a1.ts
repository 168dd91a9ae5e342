/** A1 notation pieces the add-on needs to write formulas. Rows and columns are 1-based. */

export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "Goals" stays as it is; "ROI by channel" or "Suivi (2)" is quoted, with quotes doubled. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
