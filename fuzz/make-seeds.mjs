// Seeds for the jwt fuzz target, and the key set it validates against (fuzz/fixtures/jwks.json),
// from the fixed keys in fuzz/fixtures. Run with the OIDC tests' node_modules:
//   NODE_PATH=tests/oidc/node_modules node fuzz/make-seeds.mjs
import fs from 'node:fs';
import crypto from 'node:crypto';

const dir = new URL('.', import.meta.url).pathname;
const rsa = crypto.createPrivateKey(fs.readFileSync(`${dir}fixtures/jwt-rsa.key`));
const ec = crypto.createPrivateKey(fs.readFileSync(`${dir}fixtures/jwt-ec.key`));
const pub = (k, kid, alg) => ({ ...crypto.createPublicKey(k).export({ format: 'jwk' }), kid, alg, use: 'sig' });
fs.writeFileSync(`${dir}fixtures/jwks.json`, JSON.stringify({ keys: [pub(rsa, 'rs1', 'RS256'), pub(ec, 'ec1', 'ES256')] }, null, 1));

const b64 = (b) => Buffer.from(b).toString('base64url');
const sign = (header, claims, key) => {
  const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(claims))}`;
  const sig = header.alg === 'ES256'
    ? crypto.sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' })
    : header.alg === 'none' ? Buffer.alloc(0) : crypto.sign('sha256', Buffer.from(input), key);
  return `${input}.${b64(sig)}`;
};
const now = 1796040000; // the target's fixed clock
const idToken = { iss: 'https://idp.example.com', sub: 'alice', aud: 'client', exp: now + 300, iat: now, nonce: 'n',
  at_hash: b64(crypto.createHash('sha256').update('at').digest().subarray(0, 16)) };
const access = { iss: 'https://idp.example.com', sub: 'alice', aud: 'client', exp: now + 300, iat: now, client_id: 'client', jti: 'j1' };
const seeds = {
  'id-rs256': sign({ alg: 'RS256', typ: 'JWT', kid: 'rs1' }, idToken, rsa),
  'id-es256': sign({ alg: 'ES256', typ: 'JWT', kid: 'ec1' }, idToken, ec),
  'access-at-jwt': sign({ alg: 'RS256', typ: 'at+jwt', kid: 'rs1' }, access, rsa),
  'multi-aud-azp': sign({ alg: 'RS256', kid: 'rs1' }, { ...idToken, aud: ['client', 'other'], azp: 'client' }, rsa),
  'crit': sign({ alg: 'RS256', kid: 'rs1', crit: ['exp'] }, idToken, rsa),
  'none': sign({ alg: 'none' }, idToken, null),
  'string-exp': sign({ alg: 'RS256', kid: 'rs1' }, { ...idToken, exp: String(now + 300) }, rsa),
};
fs.mkdirSync(`${dir}corpus/jwt`, { recursive: true });
for (const [name, token] of Object.entries(seeds)) fs.writeFileSync(`${dir}corpus/jwt/${name}.jwt`, token);
