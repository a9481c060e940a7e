// The hosted builder's preview page (dist/builder/preview.html): the widget
// the builder's form describes, from the address's #fragment, built node by
// node in a page of the chosen language, before the library (the next
// module script) defines it. A page of its own, not an iframe's srcdoc, so
// that it works under a strict Content-Security-Policy with Trusted Types.
interface Described {
  lang: string;
  dir: string;
  tag: string;
  attributes: [name: string, value: string][];
}

const page = document.documentElement;
page.dataset.revision = new URLSearchParams(location.search).get('revision') ?? '';
try {
  const {lang, dir, tag, attributes} = JSON.parse(decodeURIComponent(location.hash.slice(1))) as Described;
  Object.assign(page, {lang, dir});
  // Only a widget, with attributes that are not event handlers.
  if (/^safeguard-[a-z-]+$/.test(tag)) {
    const widget = document.createElement(tag);
    for (const [name, value] of attributes) if (/^[a-z][a-z-]*$/.test(name) && !name.startsWith('on')) widget.setAttribute(name, value);
    document.querySelector('main')!.append(widget);
  }
} catch {
  // No description: an empty page.
}
