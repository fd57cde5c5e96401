/**
 * Memory for pure helpers that see no ParseContext (a link's parts, a name-versus-domain check): what they work out
 * during one parse is kept until that parse ends, never longer, so every parse does its work afresh. Outside a parse
 * nothing is kept.
 */
/** One parse's memory: its named tables, and the token that tells its entries from other parses'. */
export type ParseMemory = Map<string, Map<string, unknown>>;

let tables: ParseMemory | null = null;

/** A fresh memory for a parse run in several pieces (core/steps.ts), each piece inside `inParse(run, memory)`. */
export function newParseMemory(): ParseMemory {
  return new Map();
}

/** Runs one parse, or one piece of it, with its memory (a fresh one unless given). */
export function inParse<T>(run: () => T, memory: ParseMemory = new Map()): T {
  // A parse inside a parse (an adapter reading a fragment) shares the outer one's memory.
  if (tables) return run();
  tables = memory;
  try {
    return run();
  } finally {
    tables = null;
  }
}

/** A token of the running parse (the same object until it ends), or null outside a parse. */
export function currentParse(): object | null {
  return tables;
}

/** The named table of the running parse, or null outside a parse. */
export function parseMemo<V>(name: string): Map<string, V> | null {
  if (!tables) return null;
  let table = tables.get(name);
  if (!table) tables.set(name, (table = new Map()));
  return table as Map<string, V>;
}

/** `compute(key)`, remembered in the named table for the rest of the running parse. */
export function remembered<V>(name: string, key: string, compute: (key: string) => V): V {
  const memo = parseMemo<V>(name);
  if (!memo) return compute(key);
  let value = memo.get(key);
  if (value === undefined && !memo.has(key)) memo.set(key, (value = compute(key)));
  return value as V;
}

/** `compute(key)` for an element or other object, remembered in `table` for the rest of the running parse. */
export function rememberedFor<K extends object, V>(table: WeakMap<K, { parse: object; value: V }>, key: K, compute: (key: K) => V): V {
  if (!tables) return compute(key);
  const known = table.get(key);
  if (known?.parse === tables) return known.value;
  const value = compute(key);
  table.set(key, { parse: tables, value });
  return value;
}

/**
 * A fact about the whole page (which elements carry a timestamp attribute, a heading role, a widget's class), read once
 * and kept as long as the page cannot change under it: for the running parse, or outside a parse for the one call made
 * with `ctx`.
 */
export function pageFact<V>(table: WeakMap<object, { doc: Document; value: V }>, ctx: object, doc: Document, read: (doc: Document) => V): V {
  const scope = tables ?? ctx;
  const known = table.get(scope);
  if (known?.doc === doc) return known.value;
  const value = read(doc);
  table.set(scope, { doc, value });
  return value;
}

/**
 * Whether the running parse (or, outside one, the call made with `ctx`) has asked more than `few` times: for helpers
 * that can answer about one element by looking at it, or about many by searching the document once (a page fact).
 * A live update reads a handful of blocks, and a search of a page of thousands of blocks would cost it more than the
 * rest of its work.
 */
/** How many blocks count as a few (see askedMoreThan): a live update's appended page of results. */
export const FEW_BLOCKS = 32;

export function askedMoreThan(counter: WeakMap<object, number>, ctx: object, few: number): boolean {
  const scope = tables ?? ctx;
  const n = (counter.get(scope) ?? 0) + 1;
  counter.set(scope, n);
  return n > few;
}
