// `npm test`: everything that proves Recoupe works, in order — type check, lint, unit and geo tests
// (Vitest, Node), the production build, then browser tests on that build (Playwright, Chromium).
// Ends with one plain line `N passed, N failed` summed over all suites, read from the runners'
// JSON reports (their own summaries differ in shape), and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';

/** @type {{ label: string, passed: number, failed: number }[]} */
const results = [];

/**
 * Runs a command, streaming its output; returns true when it exits 0.
 * @param {string} label @param {string} cmd @param {string[]} args @param {Record<string, string>} [env]
 */
function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

/**
 * A step that is one check (type check, build): counts as one passed or failed test.
 * @param {string} label @param {string} cmd @param {string[]} args
 */
function step(label, cmd, args) {
  const ok = run(label, cmd, args);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

/**
 * Failures to count: the report's own, or one when the runner failed without reporting any.
 * @param {number} reported @param {boolean} exitedOk
 */
function failures(reported, exitedOk) {
  if (reported > 0) return reported;
  return exitedOk ? 0 : 1;
}

/** @param {string} path @returns {any} */
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

step('type check', 'npm', ['run', '--silent', 'check']);
step('lint and format', 'npm', ['run', '--silent', 'lint']);

{
  const ok = run('unit and geo tests', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/vitest.json',
  ]);
  const report = readJson('test-results/vitest.json');
  // A crashed runner writes no report: it counts as a failure so it cannot pass silently.
  results.push({
    label: 'vitest',
    passed: report?.numPassedTests ?? 0,
    failed: failures(report?.numFailedTests ?? 0, ok),
  });
}

const built = step('production build', 'npm', ['run', '--silent', 'build']);

if (built) {
  const ok = run('browser tests', 'npx', ['playwright', 'test']);
  const report = readJson('test-results/playwright.json');
  const s = report?.stats;
  results.push({
    label: 'playwright',
    passed: s ? s.expected + s.flaky : 0,
    failed: failures(s?.unexpected ?? 0, ok),
  });
} else {
  results.push({ label: 'playwright (skipped: build failed)', passed: 0, failed: 1 });
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.label.padEnd(36)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
