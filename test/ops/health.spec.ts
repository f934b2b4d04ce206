import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import mongoose, { Types } from 'mongoose';
import { DeliveryModel } from '../../src/outbox/model.js';
import { SeatOfferModel, type OfferOutcome } from '../../src/db/models/seat-offer.js';
import { createAgenda } from '../../src/jobs/agenda.js';
import { createHealthHandler, startHealthServer } from '../../src/ops/health.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('health', () => {
  const clock = new TestClock(new Date('2026-11-24T03:00:00Z'));
  const MINUTE = 60_000;

  /** The value of one sample in Prometheus text, 0 when absent. */
  function sample(text: string, name: string, labels = ''): number {
    const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
    return line ? Number(line.split(' ')[1]) : 0;
  }

  describe('health and metrics endpoints (HEALTH_PORT in polling mode, the webhook server otherwise)', () => {
    let done: () => Promise<void>;
    let server: Server;
    let base: string;
    const agendaRunning = true;
    const get = async (path: string) => {
      const response = await fetch(base + path);
      return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
    };

    beforeAll(async () => {
      done = await useTestDatabase();
      const handler = createHealthHandler({ agendaRunning: () => agendaRunning, outboxStuckAfterMs: 15 * MINUTE, now: clock.now });
      server = await startHealthServer(0, handler, '127.0.0.1');
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
      await done();
    });

    it('/healthz answers while the process is up; other paths are not found', async () => {
      expect(await get('/healthz')).toMatchObject({ status: 200, text: '{"ok":true}' });
      expect((await get('/nope')).status).toBe(404);
    });

    it('/readyz is ready with the database, Agenda running and no stuck outbox', async () => {
      const ready = await get('/readyz');
      expect(ready.status).toBe(200);
      expect(JSON.parse(ready.text)).toMatchObject({ ok: true, checks: { database: { ok: true }, agenda: { ok: true }, outbox: { ok: true } } });
    });

    it('/readyz follows a real Agenda: not ready before start and after stop', async () => {
      const agenda = createAgenda(mongoose.connection.db!);
      const handler = createHealthHandler({ agendaRunning: () => agenda.isActiveJobProcessor(), outboxStuckAfterMs: 15 * MINUTE, now: clock.now });
      const own = await startHealthServer(0, handler, '127.0.0.1');
      const url = `http://127.0.0.1:${(own.address() as AddressInfo).port}/readyz`;
      try {
        expect((await fetch(url)).status).toBe(503);
        await agenda.start();
        expect((await fetch(url)).status).toBe(200);
        await agenda.stop();
        const body = await (await fetch(url)).json();
        expect(body).toMatchObject({ ok: false, checks: { agenda: { ok: false } } });
      } finally {
        await new Promise((resolve) => own.close(resolve));
      }
    });

    it('/readyz reports a stuck outbox: the oldest due item waited longer than the limit', async () => {
      const item = (key: string, notBefore: Date) => ({ key, citizenId: 1, message: '{}', notBefore, createdAt: notBefore, status: 'pending' as const });
      await DeliveryModel.create([item('a', new Date(clock.current.getTime() - 20 * MINUTE)), item('b', new Date(clock.current.getTime() + 60 * MINUTE))]);
      const response = await get('/readyz');
      expect(response.status).toBe(503);
      expect(JSON.parse(response.text).checks.outbox).toEqual({ ok: false, oldestDueAgeSeconds: 1200, limitSeconds: 900 });

      const metrics = (await get('/metrics')).text;
      expect(sample(metrics, 'tvoy_kurs_outbox_due', '{priority="broadcast"}')).toBe(1); // the outbox's default priority
      expect(sample(metrics, 'tvoy_kurs_outbox_scheduled')).toBe(1);
      expect(sample(metrics, 'tvoy_kurs_outbox_oldest_due_age_seconds')).toBe(1200);

      await DeliveryModel.updateOne({ key: 'a' }, { $set: { status: 'delivered', doneAt: clock.now() } });
      expect((await get('/readyz')).status).toBe(200);
      expect(sample((await get('/metrics')).text, 'tvoy_kurs_outbox_oldest_due_age_seconds')).toBe(0);
    });

    it('/metrics counts updates, handling time, messages sent, 403s and 429s of the real bot', async () => {
      const before = (await get('/metrics')).text;
      const t = createTestBot({ clock });
      const nina = t.user({ id: 7001, first_name: 'Нина', language_code: 'ru' });
      await nina.text('/start');
      t.telegram.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
      await nina.text('/start');
      t.telegram.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
      await nina.text('/help');
      const after = await get('/metrics');

      expect(after.type).toMatch(/^text\/plain/);
      const delta = (name: string, labels = '') => sample(after.text, name, labels) - sample(before, name, labels);
      expect(delta('tvoy_kurs_updates_handled_total', '{type="message"}')).toBe(3);
      expect(delta('tvoy_kurs_update_handling_seconds_count')).toBe(3);
      expect(delta('tvoy_kurs_messages_sent_total', '{method="sendMessage"}')).toBe(t.telegram.callsOf('sendMessage').length - 2);
      expect(delta('tvoy_kurs_bot_api_errors_total', '{status="403"}')).toBe(1);
      expect(delta('tvoy_kurs_bot_api_errors_total', '{status="429"}')).toBe(1);
      expect(after.text).toContain('process_cpu_seconds_total');
    });

    it('/metrics shows seat offers made, accepted and expired (from the database)', async () => {
      const offer = (outcome: OfferOutcome) => ({ entryId: new Types.ObjectId(), groupId: new Types.ObjectId(), offeredAt: clock.now(), outcome });
      await SeatOfferModel.create([offer('accepted'), offer('accepted'), offer('expired'), offer('pending')]);
      const text = (await get('/metrics')).text;
      expect(sample(text, 'tvoy_kurs_seat_offers_made')).toBe(4);
      expect(sample(text, 'tvoy_kurs_seat_offers', '{outcome="accepted"}')).toBe(2);
      expect(sample(text, 'tvoy_kurs_seat_offers', '{outcome="expired"}')).toBe(1);
    });

    it('/readyz is not ready when the database is gone', async () => {
      const { name } = mongoose.connection;
      await mongoose.disconnect();
      try {
        const response = await get('/readyz');
        expect(response.status).toBe(503);
        expect(JSON.parse(response.text).checks.database).toMatchObject({ ok: false });
        expect((await get('/healthz')).status).toBe(200);
      } finally {
        await mongoose.connect(process.env.MONGODB_URI!, { dbName: name });
      }
    });
  });
});
