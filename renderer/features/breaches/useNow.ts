/** The current instant (ISO), refreshed on each new minute, for a clock that counts down. */
import { useEffect, useState } from 'react';

const MINUTE = 60_000;

export function useNow(): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const at = Date.now();
      setNow(new Date(at).toISOString());
      // Wake at the turn of the minute, so the countdown changes when a wall clock does.
      timer = setTimeout(tick, MINUTE - (at % MINUTE));
    };
    timer = setTimeout(tick, MINUTE - (Date.now() % MINUTE));
    return () => clearTimeout(timer);
  }, []);
  return now;
}
