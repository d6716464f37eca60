import type { Page } from '@playwright/test';

// How a page fits a phone (README: Phones, print and clean addresses), for the phone tests of public and editors' pages.

export const PHONE = { width: 390, height: 844 };

export type TableFit = { caption: string; stacked: boolean; inScrollBox: boolean; focusable: boolean; named: boolean; overflows: boolean; cue: boolean };

/** How each table on the page fits a phone: stacked into cards, or in a named, focusable box that says it scrolls. */
export async function tableFits(page: Page): Promise<TableFit[]> {
  return page.locator('table').evaluateAll((tables) =>
    tables.map((table) => {
      const box = table.closest('[role="region"]') as HTMLElement | null;
      const cue = box?.previousElementSibling as HTMLElement | null;
      return {
        caption: table.querySelector('caption')?.textContent?.slice(0, 60) ?? '',
        stacked: getComputedStyle(table).display === 'block',
        inScrollBox: !!box && getComputedStyle(box).overflowX === 'auto',
        focusable: box?.tabIndex === 0,
        named: !!box?.getAttribute('aria-label'),
        overflows: !!box && box.scrollWidth > box.clientWidth + 1,
        cue: !!cue && cue.classList.contains('table-scroll-cue') && cue.checkVisibility() && /Scroll sideways for more columns/.test(cue.textContent ?? ''),
      };
    }),
  );
}

/** The tables that are neither stacked nor in a named, focusable box that says it scrolls while it is too wide. */
export async function unfitTables(page: Page): Promise<TableFit[]> {
  return (await tableFits(page)).filter((t) => !t.stacked && (!t.inScrollBox || !t.focusable || !t.named || (t.overflows && !t.cue)));
}

/** Elements that reach past the screen's right edge, outside a box that scrolls: what makes a page scroll sideways. */
export async function widerThanScreen(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const inScroller = (el: Element) => !!el.parentElement?.closest('[role="region"][tabindex="0"]');
    return [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !inScroller(el) && el.checkVisibility())
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}: ${(el.textContent ?? '').trim().slice(0, 40)}`)
      .slice(0, 5);
  }, PHONE.width);
}
