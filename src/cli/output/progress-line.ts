/**
 * One line on stderr, for a person at a terminal, saying that work taking over a second is still
 * going and how far it has come ("factstore verify: 48,210 commits checked (4 s)"). It is redrawn
 * in place with a carriage return, wiped before any other output so it never mixes into it, and
 * wiped when the command ends. Nothing is written when stderr is not a terminal (CI logs, pipes,
 * `2>file`), so scripts and logs never see it; no colour and no escape sequence, so NO_COLOR and
 * dumb terminals hold.
 */
export class ProgressLine {
  private status = '';
  private shown = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly started: number;

  constructor(
    private readonly write: (text: string) => void,
    private readonly label: string,
    private readonly options: { afterMs?: number; everyMs?: number; now?: () => number } = {},
  ) {
    this.started = this.now();
    const after = setTimeout(() => {
      this.draw();
      this.timer = setInterval(() => this.draw(), this.options.everyMs ?? 250);
      this.timer.unref();
    }, this.options.afterMs ?? 1000);
    after.unref();
    this.timer = after;
  }

  /** What the work has done so far; shown at the next redraw. */
  set(status: string): void {
    this.status = status;
  }

  /** Wipes the line (before other output); the next redraw brings it back while work goes on. */
  clear(): void {
    if (this.shown === 0) return;
    this.write(`\r${' '.repeat(this.shown)}\r`);
    this.shown = 0;
  }

  /** The work is over: the line is wiped and never drawn again. */
  stop(): void {
    clearTimeout(this.timer);
    clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }

  private draw(): void {
    const seconds = Math.floor((this.now() - this.started) / 1000);
    const text = `${this.label}: ${this.status !== '' ? this.status : 'working'} (${seconds} s)`;
    // padded over a longer line drawn before, so no tail of it stays on screen
    this.write(`\r${text.padEnd(this.shown)}`);
    this.shown = text.length;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}
