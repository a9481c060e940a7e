/**
 * Collects console.warn calls while a test runs, so a test can assert that
 * bad input warned exactly once. Call `restore()` in afterEach.
 */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}
