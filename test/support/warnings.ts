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

/** The console.warn messages logged while `run` runs (and only then). */
export async function warningsDuring(run: () => unknown): Promise<string[]> {
  const warnings = captureWarnings();
  try {
    await run();
  } finally {
    warnings.restore();
  }
  return warnings.messages;
}

/**
 * For a describe(): captures console.warn around each of its tests (and
 * restores it after each). Read `warnings.messages` inside a test.
 */
export function captureWarningsInEachTest(): {readonly messages: string[]} {
  let capture = {messages: [] as string[], restore: () => {}};
  beforeEach(() => {
    capture = captureWarnings();
  });
  afterEach(() => capture.restore());
  return {
    get messages() {
      return capture.messages;
    },
  };
}
