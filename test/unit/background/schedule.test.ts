import { describe, expect, it } from 'vitest';
import { armSchedule, SCAN_ALARM, type AlarmsApi } from '../../../lib/background/schedule';

function fakeAlarms() {
  const alarms = new Map<string, { periodInMinutes?: number }>();
  const api: AlarmsApi = {
    create: (name, info) => void alarms.set(name, { periodInMinutes: info.periodInMinutes }),
    clear: async (name) => alarms.delete(name),
    get: async (name) => alarms.get(name),
  };
  return { api, alarms };
}

describe('scheduled scan', () => {
  it('is daily by default, follows the setting, and can be turned off', async () => {
    const { api, alarms } = fakeAlarms();
    await armSchedule(api, { scanEveryHours: 24 });
    expect(alarms.get(SCAN_ALARM)).toEqual({ periodInMinutes: 1440 });
    await armSchedule(api, { scanEveryHours: 6 });
    expect(alarms.get(SCAN_ALARM)).toEqual({ periodInMinutes: 360 });
    await armSchedule(api, { scanEveryHours: 0 });
    expect(alarms.has(SCAN_ALARM)).toBe(false);
  });

  it('leaves an alarm at the right period alone (a worker restart does not push the next scan back)', async () => {
    const { api, alarms } = fakeAlarms();
    let creations = 0;
    const counting: AlarmsApi = { ...api, create: (n, i) => (creations++, api.create(n, i)) };
    await armSchedule(counting, { scanEveryHours: 24 });
    await armSchedule(counting, { scanEveryHours: 24 });
    expect(creations).toBe(1);
    expect(alarms.size).toBe(1);
  });
});
