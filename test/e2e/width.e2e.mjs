// The width test: every demo flow at phone widths (360 and 390 px), in English, German (long
// words) and Arabic (right to left), light and dark, with nothing wider than its box and no text
// cut off. One page for every combination: a flow is loaded once per locale and theme and then
// measured at each width (the elements follow their own width through container queries).
//
// Checked on the page and inside every shadow root under <checkout-session>:
// - the page does not scroll sideways (scrollingElement.scrollWidth <= innerWidth);
// - no element is wider than its box (scrollWidth > clientWidth + 1), unless it is a scroll
//   container that shows it scrolls: a scroll shadow (a background image, as src/styles/scroll.ts
//   draws) or `data-scroll-hint` naming a visible hint;
// - no element sticks out of its custom element's host (its bounding box past the host's),
//   outside a scroll container;
// - no text is clipped: overflow hidden or clip over text wider than the box, or an ellipsis on
//   text that says nothing of the rest (no `title`).
// A failure names the flow, width, locale, theme and a CSS path through the shadow roots.
import { test, waitFor } from './harness.mjs';

// UPCART_WIDTH_FLOWS=renew,billing runs a few flows only, while fixing them.
const FLOWS = process.env.UPCART_WIDTH_FLOWS?.split(',') ?? ['expand', 'partner', 'upgrade', 'trial', 'renew', 'orders', 'billing'];
const WIDTHS = [360, 390];
const LOCALES = ['en-US', 'de-DE', 'ar'];
const THEMES = ['light', 'dark'];

/** What each flow shows once it is ready, through the shadow roots (Playwright's CSS pierces them). */
const READY = {
  partner: 'checkout-session #company-id',
  orders: 'order-history [part~=row]',
  billing: 'renewal-center [part~=row], renewal-center [part~=empty]',
};
const CHECKOUT_READY = 'pay-checkout [part~=method]';

/**
 * A deeper state of some flows, reached cheaply: the partner's customer found, all 30 phones to
 * renew, a batch renewal from the billing center. Each returns once the state shows.
 */
const DEEPER = {
  async partner(page) {
    await page.locator('checkout-session #company-id').fill('WP-100234');
    await page.locator('checkout-session [part~=company-search] button[type=submit]').click();
    await page.locator(CHECKOUT_READY).waitFor();
  },
  async renew(page) {
    await page.locator('plan-picker input.select-all').check();
    await page.locator('plan-picker [part~=renew-row-selected]').first().waitFor();
  },
  async billing(page) {
    await page.locator('renewal-center [part~=row] input[type=checkbox]').first().check();
    await page.locator('renewal-center [part~=bulk-bar] button[data-bulk=renew]').click();
    await page.locator('renewal-center [part~=checkout], renewal-center [part~=dialog][open]').first().waitFor();
  },
};

/** Runs in the page: every problem of the layout as `{ path, problem }`. */
function measure() {
  const problems = [];
  const root = document.scrollingElement;
  if (root.scrollWidth > innerWidth) problems.push({ path: 'page', problem: `scrolls sideways: ${root.scrollWidth} px wide in a ${innerWidth} px window` });

  const name = (element) => {
    let text = element.localName;
    if (element.id) text += `#${element.id}`;
    const part = element.getAttribute('part');
    if (part) text += `[part="${part}"]`;
    else if (element.classList.length) text += `.${[...element.classList].slice(0, 2).join('.')}`;
    const parent = element.parentElement;
    if (parent && !element.id && !part) {
      const same = [...parent.children].filter((child) => child.localName === element.localName);
      if (same.length > 1) text += `:nth-of-type(${same.indexOf(element) + 1})`;
    }
    return text;
  };
  /** A CSS path from <checkout-session>, with `::shadow` where it enters a shadow root. */
  const pathOf = (element) => {
    const steps = [];
    for (let node = element; node;) {
      steps.unshift(name(node));
      if (node.localName === 'checkout-session') break;
      if (node.parentElement) node = node.parentElement;
      else {
        node = node.getRootNode().host ?? null;
        if (node) steps.unshift('::shadow');
      }
    }
    return steps.join(' > ');
  };

  const ownText = (element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== '');
  const hasText = (element) => element.textContent.trim() !== '' || (element.localName === 'input' && element.value);
  const scrolls = (style) => /auto|scroll/.test(style.overflowX);
  const hinted = (element, style) => style.backgroundImage.includes('gradient') || element.hasAttribute('data-scroll-hint');

  /** Walks one shadow root: `scroller` is the nearest scroll container above (its content may extend past the host). */
  const walk = (shadow, host) => {
    const hostBox = host.getBoundingClientRect();
    let outside = null;
    const visit = (element, scroller) => {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') return;
      if (element.localName === 'dialog' && !element.open) return;
      // Visually hidden text: one pixel, clipped on purpose.
      const box = element.getBoundingClientRect();
      const hidden = (style.position === 'absolute' && box.width <= 1 && box.height <= 1) || style.clipPath === 'inset(50%)';
      if (hidden) return;
      const fixed = style.position === 'fixed';
      if (style.display !== 'inline' && box.width > 0) {
        const over = element.scrollWidth - element.clientWidth;
        if (over > 1) {
          if (scrolls(style)) {
            if (!hinted(element, style)) problems.push({ path: pathOf(element), problem: `scrolls sideways by ${over} px with no sign that it does` });
          } else if (/hidden|clip/.test(style.overflowX)) {
            // An ellipsis over text whose whole is in its title is a choice (rows of one height).
            if (hasText(element) && !(style.textOverflow === 'ellipsis' && element.title))
              problems.push({ path: pathOf(element), problem: `text clipped by ${over} px: "${element.textContent.trim().slice(0, 40)}"` });
          } else if (ownText(element) || element.children.length === 0) {
            problems.push({ path: pathOf(element), problem: `content ${over} px wider than its box` });
          }
        }
        if (style.textOverflow === 'ellipsis' && over > 1 && !element.title)
          problems.push({ path: pathOf(element), problem: 'text cut with an ellipsis and no title' });
        // The outermost box that sticks out is reported; what it holds sticks out with it.
        const out = !scroller && !fixed && box.height > 0 && (box.left < hostBox.left - 1 || box.right > hostBox.right + 1);
        if (out && !outside) {
          problems.push({
            path: pathOf(element),
            problem: `sticks out of <${host.localName}> by ${Math.round(Math.max(hostBox.left - box.left, box.right - hostBox.right))} px`,
          });
          outside = element;
        }
        // Text squeezed into a column a few letters wide (an email broken letter by letter).
        const size = parseFloat(style.fontSize);
        if (ownText(element) && element.textContent.trim().length >= 12 && box.width < 5 * size && box.height > 3.5 * size * 1.45)
          problems.push({ path: pathOf(element), problem: `text squeezed into a column N px wide: "${element.textContent.trim().slice(0, 40)}"` });
      }
      const inner = scrolls(style) ? element : scroller;
      if (element.shadowRoot) walk(element.shadowRoot, element);
      for (const child of element.children) visit(child, inner);
      if (outside === element) outside = null;
    };
    for (const child of shadow.children) visit(child, null);
  };

  for (const session of document.querySelectorAll('checkout-session')) {
    const box = session.getBoundingClientRect();
    if (box.right > innerWidth + 1 || box.left < -1)
      problems.push({ path: pathOf(session), problem: `wider than the window: ${Math.round(box.left)} to ${Math.round(box.right)} px` });
    if (session.shadowRoot) walk(session.shadowRoot, session);
    // Elements slotted into the session (an account page) have shadow roots of their own.
    for (const child of session.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot, child);
  }
  return problems;
}

/** Waits until nothing under the session is loading and the layout stopped moving. */
async function settle(page) {
  let last = '';
  await waitFor(
    () =>
      page.evaluate(() => {
        const busy = [];
        const look = (root) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.matches('.skeleton, [aria-busy=true]')) busy.push(element.localName);
            if (element.shadowRoot) look(element.shadowRoot);
          }
        };
        look(document);
        return `${busy.length}:${document.scrollingElement.scrollHeight}:${document.scrollingElement.scrollWidth}`;
      }),
    (now) => {
      const stable = now === last && now.startsWith('0:');
      last = now;
      return stable;
    },
    'the page to settle',
  );
}

// One test per locale and theme (each well under the harness's minute), one page for all its flows.
for (const theme of THEMES) {
  for (const locale of LOCALES) {
    test(`width: every flow fits 360 and 390 px in ${locale}, ${theme}`, async ({ urls, newPage }) => {
      const page = await newPage({ colorScheme: theme, viewport: { width: WIDTHS[0], height: 800 } });
      /** Each culprit once, with every flow, width and state it failed in. */
      const failures = new Map();
      const fail = (where, culprit) => failures.set(culprit, [...(failures.get(culprit) ?? []), where]);
      const check = async (label) => {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          await settle(page);
          for (const { path, problem } of await page.evaluate(measure))
            fail(`${label} ${locale} ${theme} ${width}px`, `${path}: ${problem.replace(/\d+ px/g, 'N px')}`);
        }
      };
      for (const flow of FLOWS) {
        await page.setViewportSize({ width: WIDTHS[0], height: 800 });
        await page.goto(`${urls.demo}/?latency=0&flow=${flow}&locale=${locale}&theme=${theme}`);
        await page
          .locator(READY[flow] ?? CHECKOUT_READY)
          .first()
          .waitFor();
        await check(flow);
        // The deeper states in light only: they cost a few clicks each.
        if (theme === 'light' && DEEPER[flow]) {
          try {
            await DEEPER[flow](page);
            await check(`${flow} (deeper)`);
          } catch (error) {
            fail(`${flow} (deeper) ${locale} ${theme}`, `could not get there: ${String(error).split('\n')[0]}`);
          }
        }
      }
      if (failures.size > 0) {
        // The harness shows a few lines of an error: the list goes to the log, one culprit a line.
        for (const [culprit, where] of failures) {
          const shown = where.length > 4 ? `${where.slice(0, 4).join('; ')}; and ${where.length - 4} more` : where.join('; ');
          console.log(`    ${culprit}\n      in ${shown}`);
        }
        throw new Error(`${failures.size} layout problem(s), listed above`);
      }
    });
  }
}
