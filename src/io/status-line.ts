// The live status line of the CLI on a terminal: one line on stderr, rewritten in place with \r and cleared
// at the end; other messages clear it, print, and let the next update draw it again.
import { type Progress, type ProgressSink } from '../model/progress.js';
import { progressLine } from '../text/progress-line.js';

export interface StatusStream {
  write(text: string): unknown;
  columns?: number;
}

export class StatusLine implements ProgressSink {
  private shown = '';

  constructor(private readonly stream: StatusStream) {}

  update(p: Progress): void {
    const width = Math.max(20, (this.stream.columns || 80) - 1); // a pty without a size says 0
    const line = progressLine(p);
    // Longer than the terminal is wide, it would wrap, and \r would rewrite only its last part.
    this.shown = [...line].length > width ? [...line].slice(0, width - 1).join('') + '…' : line;
    this.stream.write(`\r\u001b[2K${this.shown}`);
  }

  /** Removes the line before other output goes to the same terminal. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\u001b[2K');
    this.shown = '';
  }

  /** Writes a whole line of other output above the status line, which the next update redraws. */
  print(text: string): void {
    const shown = this.shown;
    this.clear();
    this.stream.write(text);
    if (shown) {
      this.shown = shown;
      this.stream.write(shown);
    }
  }

  done(): void {
    this.clear();
  }
}
