// Appends each jest run's counts to the file named by PUNTE_TEST_SUMMARY, so `npm test` can print
// one closing line for every project together.
const { appendFileSync } = require('node:fs');

class TestSummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.PUNTE_TEST_SUMMARY;
    if (!file) return;
    const line = {
      runner: 'jest',
      cwd: process.cwd(),
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    appendFileSync(file, JSON.stringify(line) + '\n');
  }
}

module.exports = TestSummaryReporter;
