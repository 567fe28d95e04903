// Overrides that one test makes and never undoes leak into every later test of the file;
// vitest never passes a `done` callback.
import { describe, expect, it, vi } from 'vitest';
import { sendAlert, scheduleDigest } from '../src/alerts.js';

describe('alerts', () => {
  it('logs a failed alert', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubEnv('ALERTS_URL', 'http://127.0.0.1:9');
    sendAlert('disk full');
    expect(console.error).toHaveBeenCalled();
  });

  it('schedules the digest at 9', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-01T08:00:00Z'));
    expect(scheduleDigest().getUTCHours()).toBe(9);
  });

  it('reads the retry count', () => {
    process.env.ALERT_RETRIES = '3';
    expect(Number(process.env.ALERT_RETRIES)).toBe(3);
  });

  it('sends after a delay', (done) => {
    setTimeout(() => {
      expect(sendAlert('late')).toBe(true);
      done();
    }, 10);
  });
});
