import { expect } from '@open-wc/testing';
import { FULL_RENDER_LIMIT, OVERSCAN, RowWindow } from '../../src/elements/plan-picker/row-window.js';

describe('RowWindow', () => {
  it('renders a short list whole', () => {
    const rows = new RowWindow();
    expect(rows.range(FULL_RENDER_LIMIT)).to.deep.equal({ start: 0, end: FULL_RENDER_LIMIT, before: 0, after: 0 });
  });

  it('renders the rows in view and a margin, with spacers for the rest', () => {
    const rows = Object.assign(new RowWindow(), { rowHeight: 40, viewport: 400 });
    expect(rows.range(10_000)).to.deep.equal({ start: 0, end: 10 + OVERSCAN, before: 0, after: (10_000 - 10 - OVERSCAN) * 40 });
    expect(rows.scrollTo(40_000, 400, 10_000)).to.equal(true);
    const range = rows.range(10_000);
    expect(range.start).to.equal(1000 - OVERSCAN);
    expect(range.end).to.equal(1010 + OVERSCAN);
    expect(range.before + (range.end - range.start) * 40 + range.after).to.equal(10_000 * 40);
  });

  it('asks for a new render only when the range changes, and stops at the end', () => {
    const rows = Object.assign(new RowWindow(), { rowHeight: 40, viewport: 400 });
    expect(rows.scrollTo(0, 400, 10_000)).to.equal(false);
    expect(rows.scrollTo(10, 400, 10_000)).to.equal(true);
    expect(rows.scrollTo(12, 400, 10_000)).to.equal(false);
    expect(rows.scrollTo(10_000 * 40, 400, 10_000)).to.equal(true);
    expect(rows.range(10_000).end).to.equal(10_000);
    expect(rows.range(10_000).after).to.equal(0);
  });
});
