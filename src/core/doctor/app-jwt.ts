import { createPrivateKey, sign } from 'node:crypto';
import { FactstoreError } from '../errors.js';

/**
 * A GitHub App's JSON Web Token (GitHub Docs: "Generating a JSON Web Token (JWT) for a GitHub
 * App"): RS256 over `{ iat, exp, iss }`, issued a minute early against clock drift, valid 9 minutes.
 */
export function appJwt(appId: string, privateKeyPem: string, now: Date, appIdName = '--app-id'): string {
  if (!/^\d+$/.test(appId)) throw new FactstoreError('BAD_INPUT', `${appIdName} ${JSON.stringify(appId)} is not an App id: give the number on the App's settings page (App ID).`);
  let key;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch (e) {
    throw new FactstoreError('KEY', "the App's private key does not parse: give the .pem file downloaded from the App's settings page (Private keys).", { cause: e });
  }
  const seconds = Math.floor(now.getTime() / 1000);
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iat: seconds - 60, exp: seconds + 540, iss: Number(appId) })}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}
