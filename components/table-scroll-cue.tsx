'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * "Scroll sideways for more columns" above a table that is wider than its box (TableContainer), and only then: it
 * watches the box's size, so turning a phone or widening the window hides or shows it. Without JavaScript the
 * shadows at the box's edges (globals: .table-scroll) still show that there is more.
 */
export function TableScrollCue() {
  const ref = useRef<HTMLParagraphElement>(null);
  const [isWide, setWide] = useState(false);
  useEffect(() => {
    const box = ref.current?.nextElementSibling;
    if (!(box instanceof HTMLElement)) return;
    const check = () => setWide(box.scrollWidth > box.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <p ref={ref} className="table-scroll-cue px-4 sm:px-0" hidden={!isWide} aria-hidden="true">
      Scroll sideways for more columns <span>→</span>
    </p>
  );
}
