/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeChanges } from '../../../lib/overlay-page/observe';
import { dropOwn } from '../../../lib/overlay-page/shadow';

// Issue #15, item 5: rows the page re-renders are drawn in the task that rendered them (never a
// frame bare), however close together the renders come; other changes (text updates, a clock
// ticking) are coalesced, at most one draw per 16 ms, so a busy page does not redraw every batch.

const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const controller = new AbortController();
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('following the page’s changes', () => {
  it('draws new rows in their own task, even right after another draw', async () => {
    vi.useFakeTimers();
    const draws = vi.fn();
    observeChanges(document.body, draws, controller.signal);
    for (let render = 1; render <= 3; render++) {
      document.body.append(Object.assign(document.createElement('div'), { textContent: `row ${render}` }));
      await flush();
      expect(draws).toHaveBeenCalledTimes(render); // no timer run in between
    }
  });

  it('coalesces a burst of text changes into a draw now and one 16 ms later', async () => {
    vi.useFakeTimers();
    const text = document.body.appendChild(document.createTextNode('12:00:00'));
    const draws = vi.fn();
    observeChanges(document.body, draws, controller.signal);
    for (let tick = 0; tick < 10; tick++) {
      text.data = `12:00:0${tick}`;
      await flush();
    }
    expect(draws).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(16);
    expect(draws).toHaveBeenCalledTimes(2);
  });
});

describe('the overlay’s own changes', () => {
  it('never wake it: a banner it moves away is no chip the page dropped', async () => {
    const banner = document.body.appendChild(document.createElement('sar-banner'));
    const chip = document.body.appendChild(document.createElement('sar-badge'));
    const draws = vi.fn();
    observeChanges(document.body, draws, controller.signal);
    dropOwn(banner);
    await flush();
    // Before, every re-render of a list drew twice: once for its rows, once for the banner moved.
    expect(draws).not.toHaveBeenCalled();
    chip.remove(); // the page re-rendered the chip's row away: draw again
    await flush();
    expect(draws).toHaveBeenCalledTimes(1);
  });
});
