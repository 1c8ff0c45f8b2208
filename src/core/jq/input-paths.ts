/**
 * The simple field paths (`.a`, `.a.b`) a jq expression reads from its own input, found without
 * running it, so a type's jq can be checked against the summary its format yields before anything
 * is recorded. Conservative by design: a path is reported only where jq is certain to read it from
 * the input — outside function arguments, before any `|`, outside `catch`, string interpolation and
 * object shorthand — and an expression with `def`, `reduce`, `foreach`, `label`, `import` or
 * `include` yields nothing. So a reported path is always one the input must have; some paths the
 * expression reads are not reported (`.x` in `map(.x)` reads the elements, not the input).
 */
export function inputPaths(query: string): string[][] {
  const scan = new Scanner(query);
  return scan.run() ? scan.found : [];
}

const GIVE_UP = new Set(['def', 'reduce', 'foreach', 'label', 'import', 'include']);
/** Keywords after which a new term starts, as after an operator. */
const INFIX = new Set(['and', 'or', 'if', 'then', 'elif', 'else', 'try', 'as']);
const IDENT = /[A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)*/y;
const FIELD = /\.([A-Za-z_][A-Za-z0-9_]*)/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;

interface Frame {
  /** a term starting here reads the expression's input */
  input: boolean;
}

class Scanner {
  readonly found: string[][] = [];
  private readonly seen = new Set<string>();
  private readonly frames: Frame[] = [{ input: true }];
  private i = 0;
  /** the previous token ends a term, so a `.x` now is a postfix on it, not a new term */
  private afterTerm = false;
  /** the term being read, while it is a simple path from the input (`.a.b`) */
  private path: string[] | undefined;

  constructor(private readonly q: string) {}

  run(): boolean {
    const { q } = this;
    while (this.i < q.length) {
      const c = q[this.i] ?? '';
      if (/\s/.test(c)) {
        this.i++;
      } else if (c === '#') {
        const end = q.indexOf('\n', this.i);
        this.i = end === -1 ? q.length : end + 1;
      } else if (c === '"') {
        this.endTerm();
        if (!this.skipString()) return false;
        this.afterTerm = true;
      } else if (c === '.') {
        this.dot();
      } else if (/[0-9]/.test(c)) {
        this.endTerm();
        NUMBER.lastIndex = this.i;
        this.i = NUMBER.exec(q) !== null ? NUMBER.lastIndex : this.i + 1;
        this.afterTerm = true;
      } else if (c === '$' || c === '@' || /[A-Za-z_]/.test(c)) {
        if (!this.word()) return false;
      } else if (c === '(' || c === '[' || c === '{') {
        this.open(c);
      } else if (c === ')' || c === ']' || c === '}') {
        this.endTerm();
        if (this.frames.length > 1) this.frames.pop();
        this.i++;
        this.afterTerm = true;
      } else if (c === '?') {
        // `.a?` is still the path `.a`; `?//` is a destructuring alternative: give up on it
        if (q.startsWith('?//', this.i)) return false;
        this.i++;
      } else {
        this.operator();
      }
    }
    this.endTerm();
    return true;
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1] as Frame;
  }

  private dot(): void {
    const { q } = this;
    if (q.startsWith('..', this.i)) {
      // recursion: a term of its own, never a simple path
      this.endTerm();
      this.i += 2;
      this.afterTerm = true;
      return;
    }
    FIELD.lastIndex = this.i;
    const field = FIELD.exec(q);
    if (field !== null) {
      const name = field[1] as string;
      if (!this.afterTerm) this.path = this.frame.input ? [name] : undefined;
      else if (this.path !== undefined) this.path.push(name);
      this.i = FIELD.lastIndex;
      this.afterTerm = true;
      return;
    }
    if (/[0-9]/.test(q[this.i + 1] ?? '') && !this.afterTerm) {
      NUMBER.lastIndex = this.i;
      this.i = NUMBER.exec(q) !== null ? NUMBER.lastIndex : this.i + 1;
      this.afterTerm = true;
      return;
    }
    // `.` itself, `.[…]` or `."quoted"`: a path so far counts, what follows is not followed
    this.endTerm();
    this.i++;
    this.afterTerm = true;
  }

  /** An identifier, `$variable` or `@format`. False when the expression is beyond this scanner. */
  private word(): boolean {
    const { q } = this;
    const sigil = q[this.i] === '$' || q[this.i] === '@' ? 1 : 0;
    IDENT.lastIndex = this.i + sigil;
    const m = IDENT.exec(q);
    const word = m?.[0] ?? '';
    this.endTerm();
    this.i = m !== null ? IDENT.lastIndex : this.i + 1;
    if (sigil === 1) {
      this.afterTerm = true;
      return true;
    }
    if (GIVE_UP.has(word)) return false;
    if (word === 'catch') {
      // the handler's input is the error, not the expression's input
      this.frame.input = false;
      this.afterTerm = false;
      return true;
    }
    if (INFIX.has(word)) {
      this.afterTerm = false;
      return true;
    }
    while (/\s/.test(q[this.i] ?? '')) this.i++;
    if (q[this.i] === '(') {
      // a function's arguments run on whatever the function gives them
      this.frames.push({ input: false });
      this.i++;
      this.afterTerm = false;
      return true;
    }
    this.afterTerm = true;
    return true;
  }

  private open(c: string): void {
    this.endTerm();
    // `(…)`, `[…]` and an index `x[…]` run on the same input as the term around them; an object's
    // values do too, but a bare key is shorthand for a field (`{a}` is `{a: .a}`) and a `|` inside
    // lasts only to the next key: not followed
    this.frames.push({ input: c === '{' ? false : this.frame.input });
    this.i++;
    this.afterTerm = false;
  }

  private operator(): void {
    const { q } = this;
    this.endTerm();
    if (q[this.i] === '|' && q[this.i + 1] !== '=') {
      // after a pipe, `.` is what came out of the left side
      this.frame.input = false;
    } else if (q[this.i] === '|') {
      // `.a |= f`: f runs on .a
      this.frame.input = false;
      this.i++;
    }
    this.i++;
    this.afterTerm = false;
  }

  private endTerm(): void {
    if (this.path !== undefined && this.path.length > 0) {
      const key = this.path.join('.');
      if (!this.seen.has(key)) {
        this.seen.add(key);
        this.found.push(this.path);
      }
    }
    this.path = undefined;
  }

  /** Skips a string literal with its interpolations; false when it never ends. */
  private skipString(): boolean {
    const { q } = this;
    this.i++;
    while (this.i < q.length) {
      const c = q[this.i];
      if (c === '"') {
        this.i++;
        return true;
      }
      if (c === '\\' && q[this.i + 1] === '(') {
        this.i += 2;
        if (!this.skipInterpolation()) return false;
      } else {
        this.i += c === '\\' ? 2 : 1;
      }
    }
    return false;
  }

  private skipInterpolation(): boolean {
    const { q } = this;
    let depth = 1;
    while (this.i < q.length) {
      const c = q[this.i];
      if (c === '"') {
        if (!this.skipString()) return false;
        continue;
      }
      if (c === '(') depth++;
      if (c === ')' && --depth === 0) {
        this.i++;
        return true;
      }
      this.i++;
    }
    return false;
  }
}
