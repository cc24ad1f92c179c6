import { lstat, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileType } from '../../domain/scan-types.js';
import { detectFileType } from '../../engine/iac/detect-file-type.js';
import { parseIgnoreFile } from '../../engine/iac/suppression/ignore-file.js';
import type { SuppressionDirective } from '../../engine/iac/suppression/suppression-directive.js';
import type { SourceFile } from '../../engine/inputs/source-file.js';

const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
// Larger inputs are reported as failed files instead of being read into memory.
export const MAX_SCAN_FILE_BYTES = 32 * 1024 * 1024;

export interface CollectedInputs {
  readonly files: SourceFile[];
  /** Files that could not be read (permission, too large), reported as failed. */
  readonly unreadable: Array<{ path: string; fileType: FileType | undefined; error: string }>;
  readonly ignore: SuppressionDirective[];
  /** Problems in `.bulwarkignore` files (reported on stderr, never fatal). */
  readonly ignoreProblems: string[];
}

/**
 * Reads the files named on the command line, walking directories (symlinks are not followed,
 * so a link loop cannot hang the walk). Paths are reported as given, joined with the path
 * inside a directory. `.bulwarkignore` files in walked directories apply below them.
 */
export async function collectScanFiles(paths: readonly string[], forcedType?: FileType): Promise<CollectedInputs> {
  const out: CollectedInputs = { files: [], unreadable: [], ignore: [], ignoreProblems: [] };
  for (const path of paths) {
    const info = await lstat(path).catch((err: unknown) => { throw new Error(`cannot read ${path}: ${(err as Error).message}`); });
    if (info.isDirectory()) await walk(path, out, forcedType);
    else await addFile(path, forcedType, out);
  }
  return out;
}

async function walk(dir: string, out: CollectedInputs, forcedType: FileType | undefined): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const ignoreEntry = entries.find((e) => e.isFile() && e.name === '.bulwarkignore');
  if (ignoreEntry) {
    const parsed = parseIgnoreFile(await readFile(join(dir, ignoreEntry.name), 'utf8'));
    const prefix = dir.replace(/\\/g, '/').replace(/\/$/, '');
    for (const p of parsed.problems) out.ignoreProblems.push(`${join(dir, '.bulwarkignore')}: ${p}`);
    for (const d of parsed.directives) {
      // Globs are written relative to the ignore file's directory; findings carry displayed paths.
      out.ignore.push({ ...d, pathGlob: `${prefix}/${d.pathGlob ?? '**'}`.replace(/^\.\//, '') });
    }
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) await walk(full, out, forcedType);
    } else if (entry.isFile()) {
      if (detectFileType(entry.name) === undefined) continue;
      await addFile(full, forcedType, out);
    }
  }
}

/** Without a forced type the scanner detects it (a .yaml file without Kubernetes objects is skipped, not failed). */
async function addFile(path: string, fileType: FileType | undefined, out: CollectedInputs): Promise<void> {
  try {
    const info = await lstat(path);
    if (info.size > MAX_SCAN_FILE_BYTES) {
      out.unreadable.push({ path, fileType: fileType ?? detectFileType(path), error: `file is larger than ${MAX_SCAN_FILE_BYTES} bytes` });
      return;
    }
    const content = await readFile(path);
    out.files.push(fileType ? { path, content, fileType } : { path, content });
  } catch (err) {
    out.unreadable.push({ path, fileType: fileType ?? detectFileType(path), error: `cannot read file: ${(err as Error).message}` });
  }
}
