/** The entries of a folder of input documents. */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** A folder's entry, a symbolic link read as what it points to. */
export interface FolderEntry {
  readonly name: string;
  isFile(): boolean;
  isDirectory(): boolean;
}

/**
 * A folder's entries, each symbolic link as the file or folder it points to: a corpus of links to documents kept
 * elsewhere pairs as the documents would (stranger 220: "no document pairs in the directory"). A broken link is neither.
 */
export async function entriesOf(dir: string): Promise<FolderEntry[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return Promise.all(
    entries.map(async (e): Promise<FolderEntry> => {
      if (!e.isSymbolicLink()) return e;
      const target = await stat(join(dir, e.name)).catch(() => undefined);
      return { name: e.name, isFile: () => target?.isFile() === true, isDirectory: () => target?.isDirectory() === true };
    }),
  );
}
