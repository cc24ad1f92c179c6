/**
 * A one-line progress bar on stderr, only for a terminal and only for runs long enough to
 * need one; redrawn at most every 100 ms so it never costs real time.
 */
export function createProgressBar(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  if (!enabled || !stream.isTTY) return () => {};
  const startedAt = Date.now();
  let lastDraw = 0;
  return (done, total) => {
    const now = Date.now();
    if (now - startedAt < 500 || (now - lastDraw < 100 && done < total)) return;
    lastDraw = now;
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
    if (done >= total) stream.write('\n');
  };
}
