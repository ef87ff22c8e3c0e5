// A one-line progress bar on stderr (plain lines when stderr is not a terminal).
export function createProgressBar(total: number, label: string) {
  const isTty = Boolean(process.stderr.isTTY);
  const started = Date.now();
  let lastPrinted = 0;
  return {
    update(done: number) {
      const now = Date.now();
      if (done < total && now - lastPrinted < (isTty ? 100 : 2_000)) return;
      lastPrinted = now;
      const width = 30;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      const rate = done / Math.max((now - started) / 1000, 0.001);
      const line = `${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} (${rate.toFixed(0)}/s)`;
      process.stderr.write(isTty ? `\r${line}${done === total ? "\n" : ""}` : `${line}\n`);
    },
  };
}
