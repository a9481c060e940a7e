import 'safeguarding-widgets/react';
import {useEffect, useRef} from 'react';

export function App() {
  const exit = useRef<HTMLElementTagNameMap['safeguard-quick-exit']>(null);
  useEffect(() => {
    const button = exit.current;
    const stay = (event: HTMLElementEventMap['safeguard-exit']) => {
      if (event.detail.trigger === 'shift') event.preventDefault();
    };
    button?.addEventListener('safeguard-exit', stay);
    return () => button?.removeEventListener('safeguard-exit', stay);
  }, []);
  return (
    <>
      <safeguard-quick-exit ref={exit} href="https://www.bbc.co.uk/weather" label="Leave now" position="sticky" />
      <safeguard-campaign-banner
        starts="2026-07-20"
        ends="2026-09-06"
        dismissible
        heading="Keep children safe"
        message="Our youth club can help."
        link-text="Read the signs"
        href="#signs"
        variant="slim"
        heading-level={2}
        onsafeguard-dismiss={(event) => console.log(event.detail.variant)}
      />
      <safeguard-signs-checklist
        id="signs"
        topic="sexual-exploitation"
        hide-contacts
        heading-level={3}
        onsafeguard-checklist-change={(event) => console.log(event.detail.checked, event.detail.total)}
      />
      <safeguard-report-contact topic="modern-slavery" variant="compact" operation-name="Operation Liberal" heading-level={3} />
      <safeguard-sexting-tips open heading-level={3} />
      <safeguard-topic-guide topic="extremism" heading-level={2} />
    </>
  );
}
