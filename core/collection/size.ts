/** How much room a collection takes in storage, counted as the browsers count it: the key and the JSON text, in bytes. */
export function storedBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The room Byline allows its collection: 10 MB, under Chrome's storage.local quota without the unlimitedStorage
 * permission (10 MiB), leaving the rest for what else Byline keeps there. Firefox has no such quota; the same limit
 * keeps both alike.
 */
export const COLLECTION_QUOTA_BYTES = 10_000_000;

/** From this share of the quota on, the popup warns. */
export const NEAR_QUOTA = 0.8;
