// The sandbox shipping backend: connector-api.md on 127.0.0.1, persisted to a JSON file, with switches to
// inject faults. Used by the end-to-end tests and `npm run demo`; `npm run sandbox` runs it on its own.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';

const SELLER_ID = /^A[0-9A-Z]{9,15}$/;
const MARKETPLACE_ID = /^[0-9A-Z]{10,14}$/;
const MWS_TOKEN = /^amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, Idempotency-Key, X-ShipBridge-Version',
  'Access-Control-Max-Age': '600',
  // Without it a browser hides Retry-After from the extension when it has no host permission for the server.
  'Access-Control-Expose-Headers': 'Retry-After',
};

const empty = () => ({ integrations: [], idempotency: {}, tokens: {}, next: 1 });

function validate(body) {
  const errors = [];
  const check = (ok, field, message) => ok || errors.push({ field, message });
  check(
    typeof body?.shop_name === 'string' && body.shop_name.length >= 1 && body.shop_name.length <= 250,
    'shop_name',
    'Shop name must be 1 to 250 characters.',
  );
  check(SELLER_ID.test(body?.seller_id ?? ''), 'seller_id', 'This is not a valid Amazon Seller ID.');
  check(MARKETPLACE_ID.test(body?.marketplace_id ?? ''), 'marketplace_id', 'This is not a valid marketplace ID.');
  check(/^[A-Z]{2}$/.test(body?.country_code ?? ''), 'country_code', 'Country code must be ISO 3166-1 alpha-2.');
  check(['NA', 'EU', 'FE'].includes(body?.region), 'region', 'Region must be NA, EU or FE.');
  const auth = body?.authorization ?? {};
  check(
    (auth.type === 'mws' && MWS_TOKEN.test(auth.mws_auth_token ?? '')) ||
      (auth.type === 'sp_api_refresh_token' && /^Atzr\|/.test(auth.refresh_token ?? '')),
    'authorization',
    'The authorization token is missing or malformed.',
  );
  check(
    /^\d{4}-?\d{4}-?\d{4}$/.test(auth.developer_id ?? ''),
    'authorization.developer_id',
    'Developer ID must have 12 digits.',
  );
  check(typeof body?.import_package_weight === 'boolean', 'import_package_weight', 'Must be true or false.');
  check(
    ['on_announcement', 'on_handover'].includes(body?.order_status_update),
    'order_status_update',
    'Unknown option.',
  );
  return errors;
}

export async function startSandbox({
  port = 0,
  token = 'sandbox-token',
  file = null,
  accountName = 'Bottega Rossi Srl',
  // Other accounts at the same server, by API token → name: each sees no integration (a tenant of its own).
  otherAccounts = {},
} = {}) {
  let state = empty();
  if (file) {
    try {
      state = { ...empty(), ...JSON.parse(readFileSync(file, 'utf8')) };
    } catch {}
  }
  const save = () => file && writeFileSync(file, JSON.stringify(state, null, 2));
  const noFaults = () => ({
    failNext: 0,
    failStatus: 503,
    failMethod: null,
    rateLimitNext: 0,
    rateLimitMethod: null,
    retryAfter: 1,
    delayMs: 0,
    down: false,
    // The next N requests (of `redirectMethod`, or any) are answered `redirectStatus` to the same path at
    // `redirectTo` (another server).
    redirectNext: 0,
    redirectMethod: null,
    redirectTo: null,
    redirectStatus: 307,
  });
  let faults = noFaults();
  const requests = [];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const raw = Buffer.concat(chunks).toString('utf8');
    const send = (status, body, headers = {}) => {
      res.writeHead(status, {
        ...CORS,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (req.method === 'OPTIONS') return send(204);

    if (url.pathname.startsWith('/__admin/')) {
      if (url.pathname === '/__admin/state') return send(200, { ...state, requests, faults });
      if (url.pathname === '/__admin/faults' && req.method === 'POST') {
        faults = { ...faults, ...JSON.parse(raw || '{}') };
        return send(200, faults);
      }
      // What the platform learns later, e.g. {"id": "int_3", "status": "failing", "message": "…"}.
      if (url.pathname === '/__admin/integration' && req.method === 'POST') {
        const { id, ...patch } = JSON.parse(raw || '{}');
        const found = state.integrations.find((i) => i.id === id);
        if (!found) return send(404, { error: { code: 'not_found', message: 'No such integration.' } });
        Object.assign(found, patch);
        save();
        return send(200, found);
      }
      if (url.pathname === '/__admin/reset' && req.method === 'POST') {
        state = empty();
        requests.length = 0;
        faults = noFaults();
        save();
        return send(200, {});
      }
      return send(404, { error: { code: 'not_found', message: 'No such admin route.' } });
    }

    let body = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {}
    requests.push({
      method: req.method,
      path: url.pathname,
      idempotencyKey: req.headers['idempotency-key'] ?? null,
      version: req.headers['x-shipbridge-version'] ?? null,
      contentType: req.headers['content-type'] ?? null,
      body,
    });
    if (faults.down) return req.socket.destroy();
    if (faults.delayMs) await new Promise((r) => setTimeout(r, faults.delayMs));
    // A counted fault (`<kind>Next`) applies to this request when some are left and its method matches.
    const takes = (kind) => {
      const due = faults[`${kind}Next`] > 0 && (!faults[`${kind}Method`] || faults[`${kind}Method`] === req.method);
      if (due) faults[`${kind}Next`]--;
      return due;
    };
    if (faults.redirectTo && takes('redirect')) {
      res.writeHead(faults.redirectStatus, { ...CORS, Location: new URL(url.pathname, faults.redirectTo).href });
      return res.end();
    }
    if (takes('fail')) {
      if (faults.failStatus === 422) {
        return send(422, {
          errors: [{ field: 'shop_name', message: 'This shop name is already used by another integration.' }],
        });
      }
      return send(faults.failStatus, { error: { code: 'unavailable', message: 'The sandbox is failing on purpose.' } });
    }
    if (takes('rateLimit')) {
      return send(
        429,
        { error: { code: 'rate_limited', message: 'Slow down.' } },
        { 'Retry-After': String(faults.retryAfter) },
      );
    }
    const other = Object.entries(otherAccounts).find(([t]) => req.headers.authorization === `Bearer ${t}`);
    if (other) {
      if (url.pathname === '/v1/me' && req.method === 'GET')
        return send(200, { account: { id: 'acc_other', name: other[1] } });
      if (url.pathname === '/v1/amazon/integrations' && req.method === 'GET') return send(200, { data: [] });
      return send(404, { error: { code: 'not_found', message: 'No such integration.' } });
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      return send(401, { error: { code: 'unauthorized', message: 'The API token is not valid for this backend.' } });
    }

    if (url.pathname === '/v1/me' && req.method === 'GET')
      return send(200, { account: { id: 'acc_1', name: accountName } });
    if (url.pathname === '/v1/amazon/integrations' && req.method === 'GET')
      return send(200, { data: state.integrations });
    if (url.pathname === '/v1/amazon/integrations' && req.method === 'POST') {
      const key = req.headers['idempotency-key'];
      if (key && state.idempotency[key]) {
        return send(
          200,
          state.integrations.find((i) => i.id === state.idempotency[key]),
        );
      }
      const errors = validate(body);
      if (errors.length) return send(422, { errors });
      const secret = body.authorization.mws_auth_token ?? body.authorization.refresh_token;
      const existing = state.integrations.find(
        (i) => i.seller_id === body.seller_id && i.marketplace_id === body.marketplace_id,
      );
      if (existing) {
        if (state.tokens[existing.id] !== secret) {
          return send(409, {
            error: {
              code: 'conflict',
              message: 'This seller and marketplace are already connected with another token.',
            },
          });
        }
        if (key) state.idempotency[key] = existing.id;
        save();
        return send(200, existing);
      }
      const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      const integration = {
        id: `int_${state.next++}`,
        shop_name: body.shop_name,
        seller_id: body.seller_id,
        marketplace_id: body.marketplace_id,
        country_code: body.country_code,
        status: 'connected',
        last_sync_at: now,
        failing_since: null,
        message: null,
        created_at: now,
      };
      state.integrations.push(integration);
      state.tokens[integration.id] = secret;
      if (key) state.idempotency[key] = integration.id;
      save();
      return send(201, integration);
    }
    const match = url.pathname.match(/^\/v1\/amazon\/integrations\/([^/]+)$/);
    if (match && req.method === 'DELETE') {
      const before = state.integrations.length;
      state.integrations = state.integrations.filter((i) => i.id !== decodeURIComponent(match[1]));
      save();
      return before === state.integrations.length
        ? send(404, { error: { code: 'not_found', message: 'No such integration.' } })
        : send(204);
    }
    return send(404, { error: { code: 'not_found', message: 'No such route.' } });
  });

  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${address.port}`;
  const admin = async (path, body) => {
    const r = await fetch(`${url}/__admin/${path}`, body ? { method: 'POST', body: JSON.stringify(body) } : {});
    return r.json();
  };
  return {
    url,
    token,
    state: () => admin('state'),
    setFaults: (f) => admin('faults', f),
    patchIntegration: (patch) => admin('integration', patch),
    reset: () => admin('reset', {}),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8787);
  const sandbox = await startSandbox({
    port,
    token: process.env.SANDBOX_TOKEN ?? 'sandbox-token',
    file: process.env.SANDBOX_FILE ?? 'sandbox-state.json',
  });
  console.log(`Sandbox backend on ${sandbox.url} (API token: ${sandbox.token}). Ctrl+C to stop.`);
}
