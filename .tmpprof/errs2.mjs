import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const dir = '/tmp/probe-ext';
const profile = await mkdtemp(join(tmpdir(), 'probe-'));
if (process.argv[2] === 'dev') {
  await mkdir(join(profile, 'Default'), { recursive: true });
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
}
const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, ignoreDefaultArgs: ['--disable-extensions'], args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--no-first-run', '--error-console'] });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
await new Promise((r) => setTimeout(r, 1000));
const p = await context.newPage();
await p.goto('chrome://extensions/');
const r = await p.evaluate(async (id) => {
  const dp = chrome.developerPrivate;
  const info = await dp.getExtensionInfo(id);
  return { dev: (await dp.getProfileConfiguration()).inDeveloperMode, errs: info.runtimeErrors.map((e) => [e.severity, e.message, e.source, e.contextUrl]) };
}, id);
console.log(JSON.stringify(r, null, 1));
await context.close();
