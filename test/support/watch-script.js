// For a test page in an iframe, in its head before the library: records
// every text any shadow root ever holds (window.seen), so a test can tell
// that no English was painted first, and the console's warnings
// (window.warnings).
export const WATCH = `<script>
  window.seen = [];
  window.warnings = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver(() => seen.push(root.textContent)).observe(root, {
      childList: true, subtree: true, characterData: true, attributes: true,
    });
    return root;
  };
  const warn = console.warn;
  console.warn = (...args) => { warnings.push(args.join(' ')); warn(...args); };
</script>`;
