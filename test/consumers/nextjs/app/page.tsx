// A server component: it renders on the server only, and hands the client
// component plain strings (the banner's dates, as UK days: yesterday to a
// month ahead, so it shows whenever the page is built and opened).
import {Help} from './help';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export default function Page() {
  return (
    <main>
      <h1>Help for parents</h1>
      <Help starts={day(-1)} ends={day(30)} />
    </main>
  );
}
