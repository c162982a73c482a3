import type { Settings } from '../settings';

// The scheduled scan: one repeating alarm, re-armed whenever the setting changes. Alarms
// survive the service worker being stopped; the listener is registered at the worker's start.

export const SCAN_ALARM = 'scheduled-scan';

export interface AlarmsApi {
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): void | Promise<void>;
  clear(name: string): Promise<boolean> | Promise<void>;
  get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
}

/** Arms (or clears, when off) the alarm; an alarm already at the right period is left alone. */
export async function armSchedule(alarms: AlarmsApi, settings: Pick<Settings, 'scanEveryHours'>): Promise<void> {
  const period = settings.scanEveryHours * 60;
  const current = await alarms.get(SCAN_ALARM);
  if (period === 0) {
    if (current) await alarms.clear(SCAN_ALARM);
    return;
  }
  if (current?.periodInMinutes === period) return;
  await alarms.create(SCAN_ALARM, { delayInMinutes: period, periodInMinutes: period });
}
