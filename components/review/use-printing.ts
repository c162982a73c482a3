import { useEffect, useState } from 'preact/hooks';

// Whether the page is being printed: the table then draws every row, not the screenful in view.
// `beforeprint` comes with the browser's print dialog; the print media query also changes when
// print is emulated (tests, "print preview" of the developer tools), which sends no event.

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia('print');
    const on = () => setPrinting(true);
    const off = () => setPrinting(media.matches);
    const changed = () => setPrinting(media.matches);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    media.addEventListener('change', changed);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media.removeEventListener('change', changed);
    };
  }, []);
  return printing;
}
