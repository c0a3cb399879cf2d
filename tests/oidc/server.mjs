// The real OpenID Provider (oidc-provider, OpenID-certified) for atomctl's tests, on 127.0.0.1.
// A thin front serves the negative variants of discovery and JWKS, and test-only endpoints to
// rotate keys and to forge attack tokens with the provider's own keys.
//
//   node tests/oidc/server.mjs --port P [--variant normal|issuer-slash|none-alg|no-pkce|
//                                         private-jwk|weak-rsa|dup-kid]
// Prints "READY <issuer>" when it listens.
import http from 'node:http';
import crypto from 'node:crypto';
import Provider from 'oidc-provider';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const port = Number(arg('--port', '0'));
const variant = arg('--variant', 'normal');

const jwk = (key, kid, alg) => ({ ...key.export({ format: 'jwk' }), kid, alg, use: 'sig' });
const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
const rotated = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const weak = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
const keys = { rs1: [rsa, 'RS256'], ec1: [ec, 'ES256'], rot1: [rotated, 'RS256'] };
let rotatedIn = false;
// Keys the provider has withdrawn from its JWKS, and the Cache-Control it serves the JWKS with.
const withdrawn = new Set();
let jwksCacheControl;
let jwksFetches = 0;

const server = http.createServer();
await new Promise((r) => server.listen(port, '127.0.0.1', r));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    { client_id: 'cc-basic', client_secret: 'cc-basic-secret', grant_types: ['client_credentials'],
      response_types: [], redirect_uris: [], token_endpoint_auth_method: 'client_secret_basic' },
    { client_id: 'cc-post', client_secret: 'cc-post-secret', grant_types: ['client_credentials'],
      response_types: [], redirect_uris: [], token_endpoint_auth_method: 'client_secret_post' },
    { client_id: 'device', application_type: 'native', token_endpoint_auth_method: 'none',
      grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'], response_types: [], redirect_uris: [] },
    { client_id: 'native', application_type: 'native', token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'],
      redirect_uris: ['http://127.0.0.1/callback'] },
  ],
  jwks: { keys: [jwk(rsa, 'rs1', 'RS256'), jwk(ec, 'ec1', 'ES256')] },
  features: {
    clientCredentials: { enabled: true },
    introspection: { enabled: true, allowedPolicy: () => true },
    revocation: { enabled: true },
    devInteractions: { enabled: true },
    deviceFlow: { enabled: true },
    resourceIndicators: {
      enabled: true,
      // Only the client-credentials clients get JWT access tokens for the API; a person's login
      // gets an opaque token for userinfo.
      defaultResource: (ctx, client) => (client.grantTypeAllowed('client_credentials') ? 'urn:atomctl:api' : undefined),
      getResourceServerInfo: () => ({
        scope: 'api:read', audience: 'urn:atomctl:api', accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'ES256' } },
      }),
    },
  },
  scopes: ['openid', 'offline_access', 'api:read'],
  pkce: { required: () => true },
  ttl: { ClientCredentials: 600, AccessToken: 600, IdToken: 600 },
});
provider.on('server_error', (ctx, err) => console.error(err));
const callback = provider.callback();

const b64 = (b) => Buffer.from(b).toString('base64url');
// Sign header+claims with a named key; the attack shapes are built here on purpose.
function forge({ key = 'rs1', alg, header = {}, claims, zeroSig = false, hmacWithPublic = false }) {
  const [k, defaultAlg] = keys[key] ?? keys.rs1;
  alg = alg ?? defaultAlg;
  const h = { alg, typ: 'JWT', kid: key, ...header };
  const input = `${b64(JSON.stringify(h))}.${b64(JSON.stringify(claims))}`;
  let sig;
  if (alg === 'none') sig = '';
  else if (hmacWithPublic) {
    const pub = crypto.createPublicKey(k).export({ format: 'pem', type: 'spki' });
    sig = b64(crypto.createHmac('sha256', pub).update(input).digest());
  } else if (zeroSig) sig = b64(Buffer.alloc(64));
  else if (alg.startsWith('ES')) sig = b64(crypto.sign('sha256', Buffer.from(input), { key: k, dsaEncoding: 'ieee-p1363' }));
  else if (alg.startsWith('PS')) sig = b64(crypto.sign('sha256', Buffer.from(input), { key: k, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }));
  else sig = b64(crypto.sign('sha256', Buffer.from(input), k));
  return `${input}.${sig}`;
}

const send = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const readBody = (req) => new Promise((r) => { let d = ''; req.on('data', (c) => (d += c)); req.on('end', () => r(d)); });

server.on('request', async (req, res) => {
  const url = new URL(req.url, issuer);
  if (url.pathname === '/__forge' && req.method === 'POST') return send(res, 200, { token: forge(JSON.parse(await readBody(req))) });
  if (url.pathname === '/__rotate') { rotatedIn = true; return send(res, 200, { rotated: true }); }
  if (url.pathname === '/__stats') return send(res, 200, { jwksFetches });
  if (url.pathname === '/__withdraw' && req.method === 'POST') { withdrawn.add(JSON.parse(await readBody(req)).kid); return send(res, 200, {}); }
  if (url.pathname === '/__jwks_cache_control' && req.method === 'POST') { jwksCacheControl = JSON.parse(await readBody(req)).value; return send(res, 200, {}); }
  if (url.pathname === '/jwks') {
    jwksFetches += 1;
    const list = [jwk(rsa, 'rs1', 'RS256'), jwk(ec, 'ec1', 'ES256')].map((k) => {
      const { d, p, q, dp, dq, qi, ...pub } = k;
      return variant === 'private-jwk' && k.kid === 'rs1' ? k : pub;
    });
    if (rotatedIn) { const { d, p, q, dp, dq, qi, ...pub } = jwk(rotated, 'rot1', 'RS256'); list.push(pub); }
    if (variant === 'weak-rsa') { const { d, p, q, dp, dq, qi, ...pub } = jwk(weak, 'weak1', 'RS256'); list.push(pub); }
    if (variant === 'dup-kid') list.push({ ...list[1] });
    const served = list.filter((k) => !withdrawn.has(k.kid));
    return send(res, 200, { keys: served }, jwksCacheControl ? { 'cache-control': jwksCacheControl } : {});
  }
  if (url.pathname === '/.well-known/openid-configuration' && variant !== 'normal' && !url.searchParams.has('__inner')) {
    const upstream = await fetch(`${issuer}/.well-known/openid-configuration?__inner=1`);
    const doc = await upstream.json();
    if (variant === 'issuer-slash') doc.issuer = `${issuer}/`;
    if (variant === 'none-alg') doc.id_token_signing_alg_values_supported.push('none');
    if (variant === 'no-pkce') delete doc.code_challenge_methods_supported;
    return send(res, 200, doc);
  }
  return callback(req, res);
});
console.log(`READY ${issuer}`);
