// `bfr logs NAME [--json] [--bpffs PATH]`: streams the records a loaded chain's `log` rules write
// to its ring buffer, one line each (text, or JSON objects one per line), with wall-clock times,
// until SIGINT / SIGTERM. Waits in short polls so the signal handler runs promptly.

import type { Command } from "commander";
import { formatEntry, openChainLog, type LogEntry } from "../../loader/logs.js";
import { bpffsOption, hostOptions } from "./load.js";

const POLL_MS = 100;

export function register(program: Command): void {
  bpffsOption(program
    .command("logs")
    .description("stream the log records of a loaded chain until interrupted")
    .argument("<name>", "chain name")
    .option("--json", "print one JSON object per record"))
    .action(async (name: string, opts: { bpffs?: string; json?: boolean }) => {
      const log = openChainLog(name, hostOptions(opts));
      let stop = false;
      const onSignal = (): void => {
        stop = true;
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
      const print = (e: LogEntry): void => {
        process.stdout.write(`${opts.json ? JSON.stringify(e) : formatEntry(e)}\n`);
      };
      try {
        while (!stop) {
          log.drain(print);
          log.reader.wait(POLL_MS);
          await new Promise((resolve) => setImmediate(resolve));
        }
        log.drain(print);
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        log.close();
      }
    });
}
