import { describe, expect, it } from 'vitest';
import { addDays, isValidTimeZone, localMoment, weekStart, weekdayOf } from '../../shared/time.js';

describe('localMoment', () => {
  it.each([
    // [instant (UTC), zone, night, localTime, hour]
    ['2026-03-14T04:30:00Z', 'America/New_York', '2026-03-13', '00:30', 0], // 00:30 → the evening before
    ['2026-03-14T07:59:00Z', 'America/New_York', '2026-03-13', '03:59', 3], // 03:59 → still the evening before
    ['2026-03-14T08:00:00Z', 'America/New_York', '2026-03-14', '04:00', 4], // 04:00 → the same day
    ['2026-03-14T02:15:00Z', 'America/New_York', '2026-03-13', '22:15', 22],
    ['2026-03-13T23:45:00Z', 'UTC', '2026-03-13', '23:45', 23],
    ['2026-03-14T00:00:00Z', 'UTC', '2026-03-13', '00:00', 0],
    // East of UTC: 22:30 in Sydney is still the morning in UTC.
    ['2026-06-10T12:30:00Z', 'Australia/Sydney', '2026-06-10', '22:30', 22],
    ['2026-06-10T16:30:00Z', 'Australia/Sydney', '2026-06-10', '02:30', 2],
    ['2026-06-10T20:00:00Z', 'Asia/Kolkata', '2026-06-10', '01:30', 1], // UTC+5:30, on 11 June
    ['2026-06-10T09:45:00Z', 'Pacific/Auckland', '2026-06-10', '21:45', 21],
    // West, far: Honolulu is UTC−10.
    ['2026-06-11T08:00:00Z', 'Pacific/Honolulu', '2026-06-10', '22:00', 22],
    // Month and year boundaries.
    ['2027-01-01T05:30:00Z', 'America/New_York', '2026-12-31', '00:30', 0],
    ['2026-03-01T01:00:00Z', 'Europe/London', '2026-02-28', '01:00', 1],
    ['2028-03-01T01:00:00Z', 'Europe/London', '2028-02-29', '01:00', 1], // leap year
    ['2026-12-31T14:00:00Z', 'Pacific/Kiritimati', '2027-01-01', '04:00', 4], // UTC+14
  ] as Array<[string, string, string, string, number]>)('%s in %s → night %s at %s', (iso, zone, night, time, hour) => {
    const m = localMoment(new Date(iso), zone);
    expect(m).toEqual({ night, localTime: time, hour, weekday: weekdayOf(night) });
  });

  it('a Saturday 1 a.m. check-in counts as Friday evening', () => {
    // 2026-03-14 is a Saturday.
    const m = localMoment(new Date('2026-03-14T06:00:00Z'), 'America/New_York');
    expect(m.night).toBe('2026-03-13');
    expect(m.weekday).toBe(5);
  });

  describe('DST days', () => {
    it('spring forward in New York (2026-03-08, 02:00 → 03:00)', () => {
      // 06:59Z is 01:59 EST; one minute later it is 03:00 EDT.
      expect(localMoment(new Date('2026-03-08T06:59:00Z'), 'America/New_York')).toMatchObject({
        night: '2026-03-07',
        localTime: '01:59',
      });
      expect(localMoment(new Date('2026-03-08T07:00:00Z'), 'America/New_York')).toMatchObject({
        night: '2026-03-07',
        localTime: '03:00',
      });
      // 04:00 EDT is 08:00Z, not 09:00Z as on a standard day.
      expect(localMoment(new Date('2026-03-08T08:00:00Z'), 'America/New_York').night).toBe('2026-03-08');
    });

    it('fall back in London (2026-10-25, 02:00 → 01:00): both 01:30s belong to the evening before', () => {
      const first = localMoment(new Date('2026-10-25T00:30:00Z'), 'Europe/London'); // 01:30 BST
      const second = localMoment(new Date('2026-10-25T01:30:00Z'), 'Europe/London'); // 01:30 GMT
      expect(first).toMatchObject({ night: '2026-10-24', localTime: '01:30' });
      expect(second).toMatchObject({ night: '2026-10-24', localTime: '01:30' });
      expect(localMoment(new Date('2026-10-25T04:00:00Z'), 'Europe/London')).toMatchObject({
        night: '2026-10-25',
        localTime: '04:00',
      });
    });

    it('Sydney fall back (2026-04-05, 03:00 AEDT → 02:00 AEST): both 02:30s belong to the evening before', () => {
      for (const iso of ['2026-04-04T15:30:00Z', '2026-04-04T16:30:00Z']) {
        expect(localMoment(new Date(iso), 'Australia/Sydney')).toMatchObject({ night: '2026-04-04', localTime: '02:30' });
      }
      // 04:00 AEST is 18:00Z, an hour later in UTC than it would have been the day before.
      expect(localMoment(new Date('2026-04-04T17:59:00Z'), 'Australia/Sydney')).toMatchObject({
        night: '2026-04-04',
        localTime: '03:59',
      });
      expect(localMoment(new Date('2026-04-04T18:00:00Z'), 'Australia/Sydney')).toMatchObject({
        night: '2026-04-05',
        localTime: '04:00',
      });
    });
  });

  it('refuses an unknown zone or an invalid date', () => {
    expect(() => localMoment(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => localMoment(new Date('nope'), 'UTC')).toThrow(RangeError);
  });
});

describe('isValidTimeZone', () => {
  it.each(['America/Los_Angeles', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney', 'UTC', 'Pacific/Chatham'])(
    'accepts %s',
    (tz) => expect(isValidTimeZone(tz)).toBe(true),
  );
  it.each(['', ' ', 'Mars/Olympus_Mons', 'America/Nowhere', 'not a zone', '<script>', 'x'.repeat(200)])(
    'rejects %j',
    (tz) => expect(isValidTimeZone(tz)).toBe(false),
  );
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-08', 1, '2026-03-09'], // a DST day is still one calendar day
    ['2026-03-14', -7, '2026-03-07'],
    ['2026-03-14', 0, '2026-03-14'],
    ['2026-03-14', 365, '2027-03-14'],
  ] as const)('addDays(%s, %i) = %s', (night, n, want) => {
    expect(addDays(night, n)).toBe(want);
  });

  it('addDays refuses malformed input', () => {
    expect(() => addDays('2026-13-01', 1)).toThrow();
    expect(() => addDays('14/03/2026', 1)).toThrow();
    expect(() => addDays('2026-03-14', 1.5)).toThrow();
  });

  it.each([
    ['2026-03-14', 6], // Saturday
    ['2026-03-15', 0], // Sunday
    ['2026-03-16', 1],
    ['2000-01-01', 6],
  ] as const)('weekdayOf(%s) = %i', (night, wd) => {
    expect(weekdayOf(night)).toBe(wd);
  });

  it.each([
    ['2026-03-14', 1, '2026-03-09'], // Monday start
    ['2026-03-15', 1, '2026-03-09'], // Sunday belongs to the week that began Monday
    ['2026-03-16', 1, '2026-03-16'],
    ['2026-03-14', 0, '2026-03-08'], // Sunday start
    ['2026-03-15', 0, '2026-03-15'],
    ['2026-03-14', 6, '2026-03-14'], // Saturday start
    ['2027-01-02', 1, '2026-12-28'], // across a year
  ] as const)('weekStart(%s, %i) = %s', (night, startsOn, want) => {
    expect(weekStart(night, startsOn)).toBe(want);
  });

  it('weekStart refuses a weekday outside 0–6', () => {
    expect(() => weekStart('2026-03-14', 7)).toThrow();
  });
});
