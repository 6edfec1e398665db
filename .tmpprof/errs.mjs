import { launch } from '../test/e2e/harness.mjs';
const s = await launch();
const p = await s.context.newPage();
await p.goto('chrome://extensions/');
await p.waitForTimeout(500);
const r = await p.evaluate(async (id) => {
  const dp = chrome.developerPrivate;
  if (!dp) return 'no developerPrivate';
  await dp.updateProfileConfiguration({ inDeveloperMode: true });
  const info = await dp.getExtensionInfo(id);
  return { dev: (await dp.getProfileConfiguration()).inDeveloperMode, runtimeErrors: info.runtimeErrors, manifestErrors: info.manifestErrors, keys: Object.keys(info) };
}, s.extensionId);
console.log(JSON.stringify(r).slice(0, 1500));
await s.close();
