/** The slice of a pino logger the scheduler uses (pino satisfies it; tests pass a recorder). */
export interface SchedulerLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const SILENT_LOGGER: SchedulerLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export function errorDetails(err: unknown): { err: string } {
  return { err: err instanceof Error ? (err.stack ?? err.message) : String(err) };
}
