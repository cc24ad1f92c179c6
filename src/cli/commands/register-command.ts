import type { Command } from 'commander';

/** Each CLI command file exports one of these; commands/index.ts lists them all. */
export type RegisterCommand = (program: Command, setExitCode: (code: number) => void) => void;
