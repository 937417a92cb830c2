// Remembers every id of a table and the line it was on, in little memory: our own ids
// ("c" / "i" / "k" + 16 hex digits) are kept as two 32-bit numbers in an open-addressing hash table
// (12 bytes an id instead of a JS string in a Map), so validating a million rows stays flat.
// Other ids fall back to a Map.
const OWN_ID = /^[a-z][0-9a-f]{16}$/;

export class IdIndex {
  private hi = new Uint32Array(1 << 12);
  private lo = new Uint32Array(1 << 12);
  private lines = new Int32Array(1 << 12); // 0: empty slot
  private tags = new Uint8Array(1 << 12);
  private count = 0;
  private readonly other = new Map<string, number>();

  /** Adds id at line; returns the line it was already on, or undefined. */
  add(id: string, line: number): number | undefined {
    if (!OWN_ID.test(id)) {
      const seen = this.other.get(id);
      if (seen === undefined) this.other.set(id, line);
      return seen;
    }
    if ((this.count + 1) * 2 > this.lines.length) this.grow();
    return this.insert(id.charCodeAt(0), parseInt(id.slice(1, 9), 16), parseInt(id.slice(9), 16), line);
  }

  has(id: string): boolean {
    if (!OWN_ID.test(id)) return this.other.has(id);
    const tag = id.charCodeAt(0);
    const h = parseInt(id.slice(1, 9), 16);
    const l = parseInt(id.slice(9), 16);
    const mask = this.lines.length - 1;
    for (let i = (h ^ l) & mask; this.lines[i] !== 0; i = (i + 1) & mask) if (this.hi[i] === h && this.lo[i] === l && this.tags[i] === tag) return true;
    return false;
  }

  private insert(tag: number, h: number, l: number, line: number): number | undefined {
    const mask = this.lines.length - 1;
    let i = (h ^ l) & mask;
    for (; this.lines[i] !== 0; i = (i + 1) & mask) if (this.hi[i] === h && this.lo[i] === l && this.tags[i] === tag) return this.lines[i];
    this.hi[i] = h; this.lo[i] = l; this.tags[i] = tag; this.lines[i] = Math.max(line, 1);
    this.count++;
    return undefined;
  }

  private grow(): void {
    const { hi, lo, lines, tags } = this;
    const size = lines.length * 2;
    this.hi = new Uint32Array(size); this.lo = new Uint32Array(size); this.lines = new Int32Array(size); this.tags = new Uint8Array(size);
    this.count = 0;
    for (let i = 0; i < lines.length; i++) if (lines[i] !== 0) this.insert(tags[i], hi[i], lo[i], lines[i]);
  }
}
