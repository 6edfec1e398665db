// The main job without an Amazon account: Chromium with the built extension over the Seller Central test
// site, walking through every step ShipBridge supports, one screenshot per step, and a summary.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, ROOT } from '../test/e2e/harness.mjs';
import { startSandbox } from '../test/sandbox/server.mjs';
import { STEPS } from './demo-steps.mjs';

const out = join(ROOT, 'demo-output');
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

const headless = !process.env.DISPLAY;
const session = await launch({ locale: process.env.DEMO_LOCALE ?? 'en-US', headless });
// The sandbox backend stands in for the shipping platform; its state is kept in demo-output/.
session.sandbox = await startSandbox({ token: 'demo-token', file: join(out, 'sandbox-state.json') });
const lines = [
  `# ShipBridge demo (${new Date().toISOString()})`,
  '',
  `Chromium ${headless ? 'headless' : 'headed'}.`,
  '',
];
let failed = 0;
try {
  for (const [index, step] of STEPS.entries()) {
    const shot = `${String(index + 1).padStart(2, '0')}-${step.id}.png`;
    try {
      const { page, result } = await step.run(session);
      await page.screenshot({ path: join(out, shot), fullPage: true });
      lines.push(`${index + 1}. **${step.title}**: ${result} (${shot})`);
      console.log(`✔ ${step.title}: ${result}`);
    } catch (error) {
      failed++;
      lines.push(`${index + 1}. **${step.title}**: FAILED: ${error.message}`);
      console.error(`✖ ${step.title}: ${error.message}`);
    }
  }
} finally {
  await session.close();
  await session.sandbox.close();
}
await writeFile(join(out, 'summary.md'), `${lines.join('\n')}\n`);
console.log(`\nScreenshots and summary in ${out}`);
process.exit(failed ? 1 : 0);
