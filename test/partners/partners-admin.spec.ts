import { describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { PartnerModel } from '../../src/db/models/partner.js';
import { PartnerRepresentativeModel } from '../../src/db/models/partner-representative.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { partnerWithLink } from './fixtures.js';

describe('partners-admin', () => {
  useSampleDataPerTest();

  const env = { ADMIN_IDS: '900' };

  describe('/partners', () => {
    it('a coordinator adds a partner, edits it, invites a representative who then sees no staff tools; deactivation stops the role', async () => {
      const t = createTestBot({ env });
      const maria = t.user({ id: 900, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/partners');
      expect(maria.lastText()).toBe('Организаций-партнёров пока нет.');
      await maria.press('➕ Добавить организацию');
      await maria.text('Городская больница № 3');
      await maria.press('Больница или поликлиника');
      await maria.text('Ольга Иванова');
      await maria.text('12345');
      expect(maria.lastText()).toContain('Не получилось прочитать номер');
      await maria.text('8 (3842) 11-22-33');
      await maria.press(/^Кемерово: Областная/);
      await maria.press('✓ Готово');
      expect(maria.lastText()).toContain('Организация: Городская больница № 3');
      expect(maria.lastText()).toContain('Вид: Больница или поликлиника');
      // In the one form phones are read in, not as typed nor as stored (walk s20 #12: "+73842112233").
      expect(maria.lastText()).toContain('Телефон: +7 3842 11-22-33');
      await maria.press('✓ Сохранить');
      expect(maria.lastText()).toContain('Организация добавлена: Городская больница № 3.');
      const partner = await PartnerModel.findOne().lean();
      expect(partner).toMatchObject({ name: 'Городская больница № 3', kind: 'hospital', phone: '+73842112233', centerIds: ['kemerovo-regional'], active: true });

      await maria.text('/partners');
      await maria.press('Городская больница № 3');
      await maria.press('✏️ Изменить');
      await maria.press('Контактное лицо');
      await maria.text('Ольга Петрова');
      await maria.press('✓ Сохранить');
      expect(maria.lastText()).toBe('Изменения сохранены.');

      await maria.text('/partners');
      await maria.press('Городская больница № 3');
      expect(maria.lastText()).toContain('Контактное лицо: Ольга Петрова');
      expect(maria.lastText()).toContain('Телефон: +7 3842 11-22-33'); // the card too
      await maria.press('👤 Пригласить представителя');
      const link = /start=(rep-[\w-]+)/.exec(maria.lastText())![1]!;
      await maria.press('👤 Пригласить представителя'); // a second one, to withdraw
      const second = /start=(rep-[\w-]+)/.exec(maria.lastText())![1]!;
      await maria.press('✖ Отозвать приглашение 2');
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload.text).toBe('Приглашение отозвано: ссылка больше не действует.');

      const olga = t.user({ id: 5001, first_name: 'Ольга', language_code: 'ru' });
      await olga.text(`/start ${link}`);
      expect(olga.lastText()).toContain('Вы представитель организации «Городская больница № 3»');
      await deliverAll(t); // the coordinator who sent the link learns it worked
      expect(maria.lastText()).toBe('Приглашение открыто: Ольга теперь представитель организации «Городская больница № 3».');
      const commands = t.telegram.callsOf('setMyCommands').filter((c) => c.payload.scope?.chat_id === 5001);
      expect(commands[0]?.payload.commands.map((c: { command: string }) => c.command)).toEqual(['referrals', 'link', 'add', 'request', 'groups', 'start', 'help', 'language', 'cancel', 'forget']);
      const eve = t.user({ id: 5002, first_name: 'Ева', language_code: 'ru' });
      await eve.text(`/start ${link}`);
      expect(eve.lastText()).toBe('Это приглашение уже использовано. Попросите координатора прислать новую ссылку.');
      expect(eve.replyKeyboard()).toContain('📝 Записаться на курс');
      await eve.text(`/start ${second}`);
      expect(eve.lastText()).toBe('Это приглашение отозвано. Попросите координатора прислать новую ссылку.');
      expect(eve.replyKeyboard()).toContain('📝 Записаться на курс');
      expect(await PartnerRepresentativeModel.findById(5002).lean()).toBeNull();

      // No staff tools for a representative.
      for (const command of ['/classes', '/newclass', '/stats', '/export']) {
        await olga.text(command);
        expect(olga.lastText()).toBe('Эта команда только для сотрудников библиотеки.');
      }
      for (const command of ['/partners', '/staff']) {
        await olga.text(command);
        expect(olga.lastText()).toBe('Эта команда только для координатора.');
      }
      await olga.text('/link');
      expect(t.telegram.callsOf('sendPhoto').at(-1)?.payload.caption).toMatch(/^https:\/\/t\.me\/tvoy_kurs_test_bot\?start=r[\w-]{22}$/);

      await maria.text('/partners');
      await maria.press('Городская больница № 3');
      await maria.press('⏸ Отключить');
      expect(maria.lastText()).toContain('Отключена');
      await olga.text('/link');
      expect(olga.lastText()).toBe('Эта команда для представителей организаций-партнёров.');
      expect(await AuditEntryModel.distinct('action', { action: /^partner\./ })).toEqual(
        expect.arrayContaining(['partner.create', 'partner.update', 'partner.invite', 'partner.invite-withdraw', 'partner.join', 'partner.link-create', 'partner.link-send', 'partner.deactivate']),
      );
      expect(t.errors.filter((line) => !line.includes('refused'))).toEqual([]);
    });

    it('"Organization added" offers the next steps as buttons, for a coordinator only', async () => {
      const t = createTestBot({ env });
      const maria = t.user({ id: 900, first_name: 'Мария', language_code: 'ru' });
      const addPartner = async (name: string) => {
        await maria.text('/partners');
        await maria.press('➕ Добавить организацию');
        await maria.text(name);
        await maria.press('Больница или поликлиника');
        await maria.text('Ольга Иванова');
        await maria.text('+7 923 123-45-67');
        await maria.press(/^Кемерово: Областная/);
        await maria.press('✓ Готово');
        await maria.press('✓ Сохранить');
      };
      await addPartner('Городская больница № 3');
      expect(maria.lastText()).toBe('Организация добавлена: Городская больница № 3. Дальше можно пригласить её представителя или открыть карточку организации.');
      expect(maria.lastText()).not.toContain('/partners');
      expect(maria.buttonLabels()).toEqual(['👤 Пригласить представителя', '📂 Открыть карточку организации']);
      const added = maria.messages().at(-1)!;
      const cardData = maria.buttonLabels(added).length && (added.reply_markup!.inline_keyboard[1]![0] as { callback_data: string }).callback_data;

      // A citizen who forges the button gets a refusal, and no card.
      const ivan = t.user({ id: 3001, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/start');
      const before = ivan.messages().map((m) => m.text);
      await ivan.pressData(String(cardData));
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: 'Эта команда только для координатора.', show_alert: true });
      expect(ivan.messages().map((m) => m.text)).toEqual(before);

      // Invite: the message becomes the partner's card (the invite listed), the link comes below it.
      await maria.press('👤 Пригласить представителя');
      expect(maria.lastText()).toMatch(/start=rep-[\w-]+/);
      const card = maria.messages().at(-2)!;
      expect(card.message_id).toBe(added.message_id);
      expect(card.text).toContain('Организация: Городская больница № 3');
      expect(card.text).toContain('Приглашения');
      expect(await AuditEntryModel.countDocuments({ action: 'partner.invite', actorId: 900 })).toBe(1);

      // Open: the card in place of the message. A name typed with a direction override and a zero-width space
      // is shown back as it is stored, without them (probe s17b F4).
      await addPartner('Центр\u202e занятости\u200b');
      expect(maria.lastText()).toMatch(/^Организация добавлена: Центр занятости\. /);
      await maria.press('📂 Открыть карточку организации');
      expect(maria.lastText()).toContain('Организация: Центр занятости');
      expect(maria.buttonLabels()).toContain('👤 Пригласить представителя');
      expect(t.errors.filter((line) => !line.includes('refused'))).toEqual([]);
    });

    it('/help lists a representative\'s commands; a coordinator removes a representative after a confirmation', async () => {
      const t = createTestBot({ env });
      await partnerWithLink({ name: 'Общество инвалидов', kind: 'disability' }, 5101);
      const rep = t.user({ id: 5101, first_name: 'Семён', language_code: 'ru' });
      await rep.text('/help');
      expect(rep.lastText()).toContain('Команды представителя организации:\n/referrals — Мои направленные\n/link — Ссылка для записи\n/add — Записать человека без Телеграма\n/request — Заявка на группу\n/groups — Группы для наших людей');
      const maria = t.user({ id: 900, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/partners');
      await maria.press('Общество инвалидов');
      await maria.press('✖ Убрать представителя: Представитель 5101');
      expect(maria.lastText()).toBe('Убрать из представителей организации «Общество инвалидов»: Представитель 5101? Этот человек больше не увидит направленных.');
      await maria.press('Нет');
      expect(maria.lastText()).toContain('Представитель 5101 (номер в Телеграме 5101)');
      await maria.press('✖ Убрать представителя: Представитель 5101');
      await maria.press('Да');
      expect(maria.lastText()).toBe('Представитель 5101 больше не представитель организации.');
      await rep.text('/referrals');
      expect(rep.lastText()).toBe('Эта команда для представителей организаций-партнёров.');
      expect(await AuditEntryModel.countDocuments({ action: 'partner.rep-remove', actorId: 900 })).toBe(1);
    });
  });
});
