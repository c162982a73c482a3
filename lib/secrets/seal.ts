// AES-GCM sealing of the API token "remembered on this device". The key is a non-extractable
// WebCrypto key: its bytes can never be read, only used, and only from the extension's origin
// (it lives in the extension's IndexedDB, which no content script or web page can open).

export interface SealedSecret {
  iv: string; // base64
  data: string; // base64
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export function newSealingKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export async function seal(key: CryptoKey, secret: string): Promise<SealedSecret> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, enc.encode(secret));
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** Null when the key changed or the data was tampered with: the user pastes the token again. */
export async function unseal(key: CryptoKey, sealed: SealedSecret): Promise<string | null> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
      key,
      fromBase64(sealed.data),
    );
    return dec.decode(plain);
  } catch {
    return null;
  }
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
