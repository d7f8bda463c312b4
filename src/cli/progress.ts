/** A one-line progress bar on stderr: `[#####-----] 12/40 articles  3.1/s`. Plain lines when stderr is not a terminal. */
export class ProgressBar {
  private readonly started = Date.now();
  private done = 0;

  constructor(
    private readonly total: number,
    private readonly unit: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  tick(label = '', count = 1): void {
    this.done += count;
    const width = 30;
    const filled = this.total === 0 ? width : Math.round((this.done / this.total) * width);
    const rate = this.done / Math.max((Date.now() - this.started) / 1000, 0.001);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${this.unit}  ${rate.toFixed(1)}/s  ${label}`.slice(0, 120);
    if (this.stream.isTTY) this.stream.write(`\r${line.padEnd(120)}${this.done === this.total ? '\n' : ''}`);
    else this.stream.write(`${line}\n`);
  }
}
