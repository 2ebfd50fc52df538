// Playwright's counterpart of test-summary-reporter.cjs: appends the browser tests' counts to
// PUNTE_TEST_SUMMARY for the closing line of `npm test`.
const { appendFileSync } = require('node:fs');

class PlaywrightSummaryReporter {
  constructor() {
    this.counts = { passed: 0, failed: 0, skipped: 0 };
  }

  onTestEnd(test, result) {
    // Only the final attempt of a retried test counts.
    if (result.status !== 'skipped' && result.retry < test.retries && result.status !== 'passed') return;
    if (result.status === 'passed') this.counts.passed += 1;
    else if (result.status === 'skipped') this.counts.skipped += 1;
    else this.counts.failed += 1;
  }

  onEnd() {
    const file = process.env.PUNTE_TEST_SUMMARY;
    if (file)
      appendFileSync(
        file,
        JSON.stringify({ runner: 'playwright', cwd: process.cwd(), ...this.counts }) + '\n',
      );
  }

  printsToStdio() {
    return false;
  }
}

module.exports = PlaywrightSummaryReporter;
