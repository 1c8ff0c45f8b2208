import { createPrivateKey, type KeyObject } from 'node:crypto';

const TO_FIX =
  'set PRIVATE_KEY to the text of the .pem file GitHub made for the App (the App\'s settings → "Private keys" → "Generate a private key"), or PRIVATE_KEY_PATH to that file';

/**
 * The App's private key as Probot would read it (the PEM text, the PEM base64-encoded once more,
 * or `\n` written as two characters), parsed by node:crypto, as a PKCS#8 PEM Probot accepts.
 * Returns a problem instead when it is not an RSA private key; never quotes the key.
 */
export function appPrivateKeyPem(text: string, name: string): { pem: string } | { problem: string } {
  let t = text.trim();
  if (!t.includes('-----BEGIN') && Buffer.from(t, 'base64').toString('base64') === t) t = Buffer.from(t, 'base64').toString('utf8');
  t = t.replace(/\\n/g, '\n');
  const kind = otherKind(t);
  if (kind !== undefined) return { problem: `${name} is ${kind}, not the App's RSA private key: ${TO_FIX}.` };
  let key: KeyObject;
  try {
    key = createPrivateKey(t);
  } catch {
    return { problem: `${name} is not a PEM RSA private key (node:crypto cannot read it): ${TO_FIX}.` };
  }
  if (key.asymmetricKeyType !== 'rsa') return { problem: `${name} is a key of type ${String(key.asymmetricKeyType)}, not the App's RSA private key: ${TO_FIX}.` };
  return { pem: key.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

/** Keys people paste by mistake, named from their markers only. */
function otherKind(t: string): string | undefined {
  if (t.includes('-----BEGIN OPENSSH PRIVATE KEY-----')) return 'an OpenSSH key (FACTSTORE_SIGNING_KEY is the one of that kind)';
  if (/-----BEGIN (RSA )?PUBLIC KEY-----/.test(t) || /^ssh-[a-z0-9-]+ AAAA/.test(t)) return 'a public key';
  if (t.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----')) return 'an encrypted key';
  return undefined;
}
