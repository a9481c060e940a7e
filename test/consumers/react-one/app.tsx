// Two elements imported one by one, as a page that needs only them: their
// tags are typed in JSX with no framework entry, and take what any element
// takes in React 19 (className, role, onClick, ref, suppressHydrationWarning).
import 'safeguarding-widgets/report-contact/define.js';
import 'safeguarding-widgets/signs-checklist/define.js';
import {useRef} from 'react';

export function Help() {
  const card = useRef<HTMLElementTagNameMap['safeguard-report-contact']>(null);
  return (
    <main>
      <safeguard-signs-checklist
        id="signs"
        className="help"
        hide-contacts
        heading-level="3"
        onsafeguard-checklist-change={(event) => console.log(event.detail.checked, event.detail.total)}
        suppressHydrationWarning
      />
      <safeguard-report-contact
        ref={card}
        topic="modern-slavery"
        role="region"
        operationName="Operation Liberal"
        headingLevel={3}
        onClick={(event) => console.log(event.currentTarget.topic)}
      />
    </main>
  );
}
