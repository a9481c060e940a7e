// A @web/test-runner reporter that times each test file in each engine,
// from the moment its page starts loading to its last result, and prints the
// slowest at the end of a run: where the suite's time goes.
const SLOWEST = 10;

/** @returns {import('@web/test-runner').Reporter} */
export function timingReporter() {
  const started = new Map();
  const took = [];
  return {
    start({sessions, startTime}) {
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING') started.set(session.id, Date.now());
        if (session.status === 'FINISHED') {
          // The first file of each engine may start before this reporter does.
          const from = started.get(session.id) ?? startTime;
          took.push({file: session.testFile.replace(`${process.cwd()}/`, ''), engine: session.browser.name, ms: Date.now() - from});
        }
      });
    },
    onTestRunFinished() {
      if (took.length < 2) return;
      const rows = [...took].sort((a, b) => b.ms - a.ms).slice(0, SLOWEST);
      const width = Math.max(...rows.map(({file}) => file.length));
      console.log(`\nThe ${rows.length} slowest test files (page load to last result):`);
      for (const {file, engine, ms} of rows) {
        console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${file.padEnd(width)}  ${engine}`);
      }
    },
  };
}
