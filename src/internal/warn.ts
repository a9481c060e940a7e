const warnedBySubject = new WeakMap<object, Set<string>>();

/**
 * Warns once per element (or page-wide subject), setting and value that a
 * setting was refused, and what is used instead. Never throws.
 */
export function warnOnce(
  subject: Element | Document,
  setting: string,
  value: unknown,
  outcome: string
): void {
  let warned = warnedBySubject.get(subject);
  if (!warned) warnedBySubject.set(subject, (warned = new Set()));
  const key = `${setting}\u0000${String(value)}`;
  if (warned.has(key)) return;
  warned.add(key);
  const who =
    subject instanceof Element ? `<${subject.localName}>` : 'page config';
  console.warn(
    `safeguarding-widgets: ${who} ignored ${setting}=${JSON.stringify(
      String(value)
    )}: ${outcome}`
  );
}
