// Loaded first by strict-page.html: records every CSP or Trusted Types
// violation on the page, for test/support/dist-page.js to read.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) =>
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`)
);
