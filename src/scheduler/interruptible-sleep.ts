/** A sleep that `wake()` cuts short, so stop() never waits out a poll interval. */
export class InterruptibleSleep {
  private pending: { timer: NodeJS.Timeout; resolve: () => void } | undefined;

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        resolve();
      }, ms);
      this.pending = { timer, resolve };
    });
  }

  wake(): void {
    const p = this.pending;
    if (p === undefined) return;
    this.pending = undefined;
    clearTimeout(p.timer);
    p.resolve();
  }
}
