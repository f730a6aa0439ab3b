import { createRequire } from "node:module";

// Packages are loaded by require(): synchronous, so the functions that use them stay
// synchronous, and ES-module-only packages load too (require(esm), Node 20.19+ and 22.12+).
const load = createRequire(import.meta.url);

/** A dependency loaded on first use; `preload` loads an ES-module-only one by import(). */
export interface Lazy<T> {
  (): T;
  /**
   * Loads the package by import() ahead of a synchronous use: asynchronous
   * callers do this, so that an ES-module-only package also loads where
   * require(esm) does not work (test runners with their own module loader).
   */
  preload(): Promise<T>;
}

/**
 * A dependency loaded the first time it is used, not when sverka is imported:
 * a run pays only for the readers and stemmers its inputs need (DOCX reading
 * alone is over a hundred modules). The type comes from `typeof import(...)`,
 * which loads nothing.
 */
export function lazy<T>(id: string): Lazy<T> {
  let loaded: T | undefined;
  const get = () => {
    loaded ??= load(id) as T;
    return loaded;
  };
  get.preload = async () => {
    loaded ??= (await import(id)) as T;
    return loaded;
  };
  return get;
}
