// web-ext lint on the Firefox build: prints every finding and fails on any error.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dir = '.output/firefox-mv3';
if (!existsSync(`${dir}/manifest.json`)) {
  console.error(`No Firefox build in ${dir}: run npm run build:firefox first.`);
  process.exit(1);
}
const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error('web-ext lint did not produce a report:', run.stdout, run.stderr);
  process.exit(1);
}
for (const level of ['errors', 'warnings', 'notices']) {
  for (const m of report[level]) console.log(`${level.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
}
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
);
process.exit(report.summary.errors === 0 ? 0 : 1);
