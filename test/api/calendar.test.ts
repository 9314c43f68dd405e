import { expect } from '@open-wc/testing';
import { addDays, addMonths, daysBetween, nextDayOfMonthOnOrAfter, parseIsoDate } from '../../src/api/calendar.js';

describe('core calendar: UTC dates', () => {
  it('counts days between UTC dates across months, leap days and backwards', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).to.equal(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).to.equal(366); // 2028 is a leap year
    expect(daysBetween('2026-11-23', '2026-11-20')).to.equal(-3);
    expect(addDays('2026-12-30', 3)).to.equal('2027-01-02');
  });

  it('adds months clamping the day to the month length', () => {
    expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonths('2028-01-31', 1)).to.equal('2028-02-29');
    expect(addMonths('2026-03-31', -1)).to.equal('2026-02-28');
    expect(addMonths('2026-11-23', 14)).to.equal('2028-01-23');
    expect(addMonths('2026-11-23', -7)).to.equal('2026-04-23');
  });

  it('finds the next day of the month on or after a date', () => {
    expect(nextDayOfMonthOnOrAfter('2027-11-20', 1)).to.equal('2027-12-01');
    expect(nextDayOfMonthOnOrAfter('2027-12-01', 1)).to.equal('2027-12-01'); // already on it
    expect(nextDayOfMonthOnOrAfter('2027-12-14', 15)).to.equal('2027-12-15');
    expect(nextDayOfMonthOnOrAfter('2027-12-16', 15)).to.equal('2028-01-15');
  });

  it('refuses dates that are not calendar dates', () => {
    expect(() => parseIsoDate('2026-02-30')).to.throw(RangeError);
    expect(() => parseIsoDate('23.11.2026')).to.throw(RangeError);
  });
});
