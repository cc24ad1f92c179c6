import type { TaskType } from '../domain/scan-types.js';

/** `<task_type>_<yyyyMMddHHmmss>` in UTC, the name a task gets when none is given. */
export function defaultTaskName(taskType: TaskType, now: number): string {
  const d = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
  return `${taskType}_${stamp}`;
}
