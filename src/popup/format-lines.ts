/** "1–3, 7, 9" from sorted line numbers: runs of consecutive lines collapse. */
export function formatLines(lines: readonly number[], format: (n: number) => string = String): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    out.push(j > i ? `${format(lines[i]!)}–${format(lines[j]!)}` : format(lines[i]!));
    i = j + 1;
  }
  return out.join(', ');
}
