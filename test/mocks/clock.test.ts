import { expect } from '@open-wc/testing';
import { MockClock } from '../../mocks/clock.js';

describe('mock clock', () => {
  it('is pinned, moved by hand and reset', () => {
    const clock = new MockClock('2026-11-23T10:00:00Z');
    clock.advanceMinutes(16);
    expect(clock.now().toISOString()).to.equal('2026-11-23T10:16:00.000Z');
    clock.advanceDays(1);
    expect(clock.now().toISOString()).to.equal('2026-11-24T10:16:00.000Z');
    clock.reset();
    expect(clock.now().toISOString()).to.equal('2026-11-23T10:00:00.000Z');
    const fromFunction = new MockClock(() => new Date('2026-01-01T00:00:00Z'));
    fromFunction.advance(1000);
    expect(fromFunction.now().toISOString()).to.equal('2026-01-01T00:00:01.000Z');
  });
});
