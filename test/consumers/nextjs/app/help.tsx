'use client';
// As docs/developers.md recommends for a server-rendered page (React 19
// drops properties and on… handlers on custom elements it hydrates,
// facebook/react#35446): the library imported in a client component,
// kebab-case attributes with string or number values, and every event the
// app handles listened to with addEventListener in an effect, on a ref.
// Each element holds its no-JavaScript fallback, which the server sends.
// Nothing re-renders this component before a reader acts (test/node/
// nextjs.test.js relies on it): a re-render attaches the on… handlers that
// hydration left out, and would hide the bug.
import 'safeguarding-widgets/react';
import {useEffect, useRef, useState} from 'react';

export function Help({starts, ends}: {starts: string; ends: string}) {
  const exit = useRef<HTMLElementTagNameMap['safeguard-quick-exit']>(null);
  const banner = useRef<HTMLElementTagNameMap['safeguard-campaign-banner']>(null);
  const checklist = useRef<HTMLElementTagNameMap['safeguard-signs-checklist']>(null);
  const [heard, setHeard] = useState('Nothing yet.');

  useEffect(() => {
    const [quickExit, campaign, signs] = [exit.current, banner.current, checklist.current];
    const stay = (event: HTMLElementEventMap['safeguard-exit']) => {
      event.preventDefault();
      setHeard(`exit by ${event.detail.trigger}`);
    };
    const dismissed = () => setHeard('banner dismissed');
    const ticked = (event: HTMLElementEventMap['safeguard-checklist-change']) =>
      setHeard(`ticked ${event.detail.checked} of ${event.detail.total}`);
    quickExit?.addEventListener('safeguard-exit', stay);
    campaign?.addEventListener('safeguard-dismiss', dismissed);
    signs?.addEventListener('safeguard-checklist-change', ticked);
    return () => {
      quickExit?.removeEventListener('safeguard-exit', stay);
      campaign?.removeEventListener('safeguard-dismiss', dismissed);
      signs?.removeEventListener('safeguard-checklist-change', ticked);
    };
  }, []);

  return (
    <>
      <safeguard-quick-exit ref={exit} label="Leave now" position="sticky">
        <a href="https://www.bbc.co.uk/weather">Exit this page</a>
      </safeguard-quick-exit>
      <safeguard-campaign-banner
        ref={banner}
        starts={starts}
        ends={ends}
        dismissible
        variant="slim"
        link-text="Read the signs"
        href="#signs"
        heading-level={2}
      >
        <p>Is your child safe? See the signs of child exploitation.</p>
      </safeguard-campaign-banner>
      <p id="heard" role="status">
        {heard}
      </p>
      <safeguard-signs-checklist ref={checklist} id="signs" hide-contacts heading-level={2}>
        <p>The signs of child exploitation need JavaScript to tick.</p>
      </safeguard-signs-checklist>
      <safeguard-report-contact
        topic="sexual-exploitation"
        variant="card"
        operation-name="Operation Liberal"
        heading-level={2}
      >
        <p>In an emergency call 999; otherwise call the police on 101.</p>
      </safeguard-report-contact>
      <safeguard-sexting-tips open heading-level={2}>
        <p>Tips on sexting, for parents.</p>
      </safeguard-sexting-tips>
      <safeguard-topic-guide topic="modern-slavery" heading-level={2}>
        <p>Modern slavery: what it is and who to call.</p>
      </safeguard-topic-guide>
    </>
  );
}
