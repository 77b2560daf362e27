// Ids unique within one run: inputs of a batch, actors of a story. The first to ask for an id
// gets it; later ones get `id-2`, `id-3`, …, the first number free.

/** Hands out ids, each different from every id it has handed out before. */
export class UniqueIds {
  private readonly used = new Set<string>();
  /**
   * The number to try next for each id. Ids are only ever added, so those below it stay taken,
   * and thousands of inputs or actors sharing one id do not each count up from 2.
   */
  private readonly next = new Map<string, number>();

  take(id: string): string {
    let unique = id;
    if (this.used.has(unique)) {
      let n = this.next.get(id) ?? 2;
      while (this.used.has(`${id}-${n}`)) n++;
      this.next.set(id, n + 1);
      unique = `${id}-${n}`;
    }
    this.used.add(unique);
    return unique;
  }
}
