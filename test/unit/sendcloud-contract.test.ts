// @vitest-environment node
// Sendcloud's client against a fake whose every response is checked against Sendcloud's own OpenAPI
// files (../shared/specs/sendcloud), and whose every request body is checked against them too.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { BackendError } from '@/lib/backends/errors';
import { FEEDBACK_TYPE, sendcloudClient, v2IntegrationSchema } from '@/lib/backends/sendcloud';

const SPECS = resolve(__dirname, '../../../shared/specs/sendcloud');
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const v2 = parse(readFileSync(resolve(SPECS, 'sendcloud-v2-integrations-openapi.yml'), 'utf8'));
const v3 = parse(readFileSync(resolve(SPECS, 'sendcloud-v3-integrations-openapi.yml'), 'utf8'));
ajv.addSchema(v2, 'v2');
ajv.addSchema(v3, 'v3');

const v2List = ajv.compile({ $ref: 'v2#/paths/~1integrations/get/responses/200/content/application~1json/schema' });
const v3Patch = ajv.compile({
  $ref: 'v3#/paths/~1integrations~1{id}/patch/requestBody/content/application~1json/schema',
});

function assertValid(validate: ReturnType<typeof ajv.compile>, data: unknown) {
  const ok = validate(data);
  expect(ok, JSON.stringify(validate.errors)).toBe(true);
}

const integrations = [
  {
    id: 101,
    shop_name: 'Bottega Rossi IT',
    shop_url: null,
    system: 'amazon',
    failing_since: null,
    last_fetch: '2026-11-26T10:05:00Z',
    last_updated_at: '2026-11-26T10:05:00Z',
    service_point_enabled: false,
    service_point_carriers: [],
    webhook_active: false,
    webhook_url: null,
  },
  {
    id: 102,
    shop_name: 'Webshop',
    shop_url: 'https://shop.example',
    system: 'shopify',
    failing_since: null,
    last_fetch: null,
    last_updated_at: '2026-11-20T08:00:00Z',
    service_point_enabled: false,
    service_point_carriers: [],
    webhook_active: false,
    webhook_url: null,
  },
  {
    id: 103,
    shop_name: 'Bottega Rossi DE',
    shop_url: null,
    system: 'amazon',
    failing_since: '2026-11-25T00:00:00Z',
    last_fetch: '2026-11-24T23:00:00Z',
    last_updated_at: '2026-11-25T00:00:00Z',
    service_point_enabled: false,
    service_point_carriers: [],
    webhook_active: false,
    webhook_url: null,
  },
];

const sent: { method: string; url: string; body: unknown; auth: string | null }[] = [];

beforeEach(() => {
  sent.length = 0;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const body = init.body ? JSON.parse(String(init.body)) : null;
    const auth = new Headers(init.headers).get('Authorization');
    sent.push({ method: init.method ?? 'GET', url, body, auth });
    if (auth !== `Basic ${btoa('pub:sec')}`) {
      return new Response(
        JSON.stringify({ error: { code: 401, request: 'api/v2/integrations', message: 'Invalid username/password.' } }),
        {
          status: 401,
        },
      );
    }
    if (url.endsWith('/api/v2/integrations') && (init.method ?? 'GET') === 'GET') {
      assertValid(v2List, integrations);
      return new Response(JSON.stringify(integrations), { status: 200 });
    }
    if (/\/api\/v3\/integrations\/\d+$/.test(url) && init.method === 'PATCH') {
      assertValid(v3Patch, body);
      return new Response(null, { status: 204 });
    }
    return new Response(
      JSON.stringify({ errors: [{ status: '404', code: 'not_found', title: 'Not Found', detail: 'No route' }] }),
      { status: 404 },
    );
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('Sendcloud client against the OpenAPI files', () => {
  it('has validators that reject what the spec rejects', () => {
    expect(v2List([{ id: 'x', shop_name: '' }])).toBe(false);
    expect(v3Patch({ feedback_type: 'sometimes' })).toBe(false);
    expect(v3Patch({ feedback_type: 'delayed' })).toBe(true);
  });

  it('reads the spec’s own example with our schema', () => {
    const example =
      v2.paths['/integrations'].get.responses['200'].content['application/json'].examples.RetrieveIntegrationList.value;
    for (const item of example) expect(v2IntegrationSchema.safeParse(item).success).toBe(true);
  });

  it('checks the keys with Basic auth and counts Amazon integrations', async () => {
    expect(await sendcloudClient('pub', 'sec', 'https://panel.sendcloud.sc/api').testConnection()).toEqual({
      accountName: 'Sendcloud (2 Amazon)',
    });
    const error = await sendcloudClient('pub', 'wrong')
      .testConnection()
      .catch((e: BackendError) => e);
    expect(error).toBeInstanceOf(BackendError);
    expect((error as BackendError).code).toBe('unauthorized');
    expect((error as BackendError).serverMessage).toBe('Invalid username/password.');
  });

  it('lists only Amazon integrations, with their health', async () => {
    const list = await sendcloudClient('pub', 'sec').listIntegrations();
    expect(list.map((i) => [i.id, i.status])).toEqual([
      ['101', 'connected'],
      ['103', 'failing'],
    ]);
  });

  it('finds the integration the seller created in the panel by its shop name', async () => {
    const client = sendcloudClient('pub', 'sec');
    expect((await client.findAmazonIntegration(' bottega rossi it '))?.id).toBe('101');
    expect(await client.findAmazonIntegration('Webshop')).toBeNull();
  });

  it('sets feedback_type with a body the v3 spec accepts', async () => {
    const client = sendcloudClient('pub', 'sec');
    await client.setFeedback('101', 'on_announcement');
    await client.setFeedback('103', 'on_handover');
    expect(sent.filter((r) => r.method === 'PATCH').map((r) => [r.url, r.body])).toEqual([
      ['https://panel.sendcloud.sc/api/v3/integrations/101', { feedback_type: 'eager' }],
      ['https://panel.sendcloud.sc/api/v3/integrations/103', { feedback_type: 'delayed' }],
    ]);
    expect(FEEDBACK_TYPE).toEqual({ on_announcement: 'eager', on_handover: 'delayed' });
  });

  it('turns an unexpected response into an error, not a crash', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ data: 'not a list' }), { status: 200 }));
    const error = await sendcloudClient('pub', 'sec')
      .listIntegrations()
      .catch((e: BackendError) => e);
    expect((error as BackendError).code).toBe('invalid_response');
  });
});
