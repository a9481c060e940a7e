const ID = 'safeguard-config';

/**
 * Puts the page-wide `<script type="application/json" id="safeguard-config">`
 * on the page, replacing any: `config` as JSON, or a string as it is (to
 * test malformed JSON).
 */
export function setPageConfig(config: object | string): void {
  clearPageConfig();
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = ID;
  script.textContent = typeof config === 'string' ? config : JSON.stringify(config);
  document.head.append(script);
}

/** Takes the page config away again (call it in afterEach). */
export function clearPageConfig(): void {
  document.getElementById(ID)?.remove();
}
