import { describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { InviteModel } from '../../src/db/models/invite.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';

describe('staff', () => {
  useSampleDataPerTest();

  const env = { ADMIN_IDS: '900' };
  const DAY = 24 * 3600_000;

  describe('/staff', () => {
    it('adds a librarian by a one-time invite link; the link works once and the librarian sees /newclass', async () => {
      const t = createTestBot({ env });
      const maria = t.user({ id: 900, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/staff');
      expect(maria.lastText()).toBe('Библиотекарей пока нет.');
      await maria.press('➕ Добавить библиотекаря');
      await maria.press('🔗 Ссылка-приглашение');
      await maria.press('✓ Готово');
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload.text).toBe('Выберите хотя бы один вариант.');
      await maria.press(/^Юрга:/);
      await maria.press(/^Белово:/);
      await maria.press(/^Юрга:.* — выбрано$/); // toggled off again
      await maria.press('✓ Готово');
      const link = /https:\/\/t\.me\/tvoy_kurs_test_bot\?start=(staff-[\w-]+)/.exec(maria.lastText());
      expect(link).not.toBeNull();
      const invite = await InviteModel.findOne().lean();
      expect(invite).toMatchObject({ centerIds: ['belovo-central'], createdBy: 900 });
      expect(invite!.expiresAt.getTime() - t.clock.now().getTime()).toBe(7 * DAY);

      const anna = t.user({ id: 4001, first_name: 'Анна', last_name: 'Петровна', language_code: 'ru' });
      await anna.text(`/start ${link![1]}`);
      expect(anna.lastText()).toContain('Добро пожаловать! Вы библиотекарь: Белово');
      // Where to start, on her first day (walk s22 W22-07): the paper list first, then a group, then the calls.
      expect(anna.lastText()).toContain('С чего начать: 1) /import — ваш бумажный список очереди');
      const commands = t.telegram.callsOf('setMyCommands').filter((c) => c.payload.scope?.chat_id === 4001);
      expect(commands[0]?.payload.commands.map((c: { command: string }) => c.command)).toContain('newclass');
      expect(await StaffMemberModel.findById(4001).lean()).toMatchObject({ centerIds: ['belovo-central'], displayName: 'Анна Петровна', addedBy: 900 });
      // The coordinator who sent the link learns it worked.
      await deliverAll(t);
      expect(maria.lastText()).toBe('Приглашение открыто: Анна Петровна теперь библиотекарь. Центры сотрудника — в /staff.');

      const eve = t.user({ id: 4002, first_name: 'Ева', language_code: 'ru' });
      await eve.text(`/start ${link![1]}`);
      // Not a dead end: what to do, and the citizen main menu to go on with.
      expect(eve.lastText()).toBe('Это приглашение уже использовано. Попросите координатора прислать новую ссылку.');
      expect(eve.replyKeyboard()).toContain('📝 Записаться на курс');
      await eve.text('/start staff-nonexistent');
      expect(eve.lastText()).toBe('Приглашение не найдено. Попросите координатора прислать новую ссылку.');
      expect(eve.replyKeyboard()).toContain('📝 Записаться на курс');
      expect(await StaffMemberModel.findById(4002).lean()).toBeNull();

      await anna.text('/newclass');
      expect(anna.lastText()).toContain('Шаг 1 из 6'); // her one center is not asked
      await anna.press('Основы компьютерной грамотности');
      await anna.press('1 декабря, вторник');
      await anna.press('📅 По дням недели');
      for (const press of ['✓ Готово', '10:00', '4', '90']) await anna.press(press);
      await anna.text('Зал 1');
      await anna.press('8');
      expect(anna.lastText()).toContain('Центр: Белово, Центральная городская библиотека');
      await anna.press('Отмена');

      await maria.text('/staff');
      expect(maria.lastText()).toContain('• Анна Петровна (номер в Телеграме 4001): Белово, Центральная городская библиотека');
      expect(await AuditEntryModel.countDocuments({ action: { $in: ['staff.invite', 'staff.join', 'staff.grant'] } })).toBe(3);
      expect(t.errors).toEqual([]);
    });

    it('an invite can be withdrawn before it is used: the link then opens nothing; a used one cannot be', async () => {
      const t = createTestBot({ env });
      const maria = t.user({ id: 900, first_name: 'Мария', language_code: 'ru' });
      const sendInvite = async (town: RegExp) => {
        await maria.press('➕ Добавить библиотекаря');
        await maria.press('🔗 Ссылка-приглашение');
        await maria.press(town);
        await maria.press('✓ Готово');
        return /start=(staff-[\w-]+)/.exec(maria.lastText())![1]!;
      };
      await maria.text('/staff');
      const wrongPerson = await sendInvite(/^Юрга:/);
      expect(maria.lastText()).toContain('Отозвать её, пока её не открыли, можно в /staff.');
      await maria.text('/staff');
      const kept = await sendInvite(/^Белово:/);

      await maria.text('/staff');
      expect(maria.lastText()).toContain('Приглашения, которые ещё не открыли:');
      expect(maria.lastText()).toContain('1) Юрга, Центральная городская библиотека, действует до');
      expect(maria.lastText()).toContain('2) Белово, Центральная городская библиотека');
      // A citizen replaying the coordinator's real button is refused; the invite still works until withdrawn.
      const staffList = maria.messages().at(-1);
      const withdrawFirst = staffList!.reply_markup!.inline_keyboard.flat().find((b) => b.text === '✖ Отозвать приглашение 1') as { callback_data: string };
      const ivan = t.user({ id: 4031, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/start');
      await ivan.pressData(withdrawFirst.callback_data);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: 'Эта команда только для координатора.' });
      expect(await InviteModel.findById(wrongPerson.slice('staff-'.length)).lean()).not.toHaveProperty('withdrawnBy');
      await maria.press('✖ Отозвать приглашение 1');
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: 'Приглашение отозвано: ссылка больше не действует.' });
      expect(await InviteModel.findById(wrongPerson.slice('staff-'.length)).lean()).toMatchObject({ withdrawnBy: 900 });

      const stranger = t.user({ id: 4032, first_name: 'Незнакомец', language_code: 'ru' });
      await stranger.text(`/start ${wrongPerson}`);
      expect(stranger.lastText()).toBe('Это приглашение отозвано. Попросите координатора прислать новую ссылку.');
      expect(stranger.replyKeyboard()).toContain('📝 Записаться на курс');
      expect(await StaffMemberModel.findById(4032).lean()).toBeNull();

      const lena = t.user({ id: 4033, first_name: 'Лена', language_code: 'ru' });
      await lena.text(`/start ${kept}`);
      expect(lena.lastText()).toContain('Добро пожаловать! Вы библиотекарь: Белово');
      // The list was redrawn after the withdrawal: the kept link is number 1 now. Too late: it was used meanwhile.
      expect(maria.lastText()).toContain('1) Белово, Центральная городская библиотека');
      await maria.press('✖ Отозвать приглашение 1'); // the button is gone from the list as it is now
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: 'Эта кнопка уже не действует.' });
      expect(maria.lastText()).not.toContain('Приглашения, которые ещё не открыли'); // redrawn as it is now
      expect(maria.buttonLabels()).not.toContain('✖ Отозвать приглашение 1');
      expect(await StaffMemberModel.findById(4033).lean()).toMatchObject({ centerIds: ['belovo-central'] });
      await maria.text('/staff');
      expect(maria.lastText()).not.toContain('Приглашения, которые ещё не открыли');
      expect(await AuditEntryModel.countDocuments({ action: 'staff.invite-withdraw', actorId: 900 })).toBe(1);
      expect(t.errors.filter((line) => !line.includes('staff action refused'))).toEqual([]);
    });

    it('the center picker, left above the link, says which centers were chosen (walk s20 #11)', async () => {
      const t = createTestBot({ env });
      const maria = t.user({ id: 900, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/staff');
      await maria.press('➕ Добавить библиотекаря');
      await maria.press('🔗 Ссылка-приглашение');
      const picker = maria.messages().at(-1)!.message_id;
      await maria.text('Юрга'); // typed instead of tapped: a hint comes below, so the link comes below too
      await maria.press(/^Юрга:/);
      await maria.press(/^Белово:/);
      await maria.press('✓ Готово');
      expect(maria.lastText()).toMatch(/^Ссылка-приглашение/);
      const above = maria.messages().find((m) => m.message_id === picker)!;
      expect(above.text).toMatch(/^Центры сотрудника: .+; .+\.$/);
      expect(above.text).toContain('Юрга, Центральная городская библиотека');
      expect(above.text).toContain('Белово, Центральная городская библиотека');
      expect(maria.buttonLabels(above)).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('an expired invite does nothing', async () => {
      const t = createTestBot({ env });
      const maria = t.user({ id: 900, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/staff');
      await maria.press('➕ Добавить библиотекаря');
      await maria.press('🔗 Ссылка-приглашение');
      await maria.press(/^Юрга:/);
      await maria.press('✓ Готово');
      const code = /start=(staff-[\w-]+)/.exec(maria.lastText())![1];
      t.clock.advance(7 * DAY + 1);
      const late = t.user({ id: 4011, first_name: 'Л', language_code: 'ru' });
      await late.text(`/start ${code}`);
      expect(late.lastText()).toBe('Срок приглашения истёк. Попросите координатора прислать новую ссылку.');
      expect(late.replyKeyboard()).toContain('📝 Записаться на курс');
      expect(await StaffMemberModel.findById(4011).lean()).toBeNull();
    });

    it('tells a librarian who a command is for: the coordinator\'s commands, a partner representative\'s', async () => {
      const t = createTestBot({ env });
      await StaffMemberModel.create({ _id: 4050, displayName: 'Лена', centerIds: ['yurga-central'], addedBy: 900 });
      const lena = t.user({ id: 4050, first_name: 'Лена', language_code: 'ru' });
      for (const command of ['/staff', '/centers', '/courses', '/partners']) {
        await lena.text(command);
        expect(lena.lastText()).toBe('Эта команда только для координатора.');
      }
      for (const command of ['/referrals', '/groups', '/request', '/link']) {
        await lena.text(command);
        expect(lena.lastText()).toBe('Эта команда для представителей организаций-партнёров.');
      }
      const english = t.user({ id: 4051, first_name: 'Lena', language_code: 'en' });
      await StaffMemberModel.create({ _id: 4051, displayName: 'Lena', centerIds: ['yurga-central'], addedBy: 900 });
      await english.text('/centers');
      expect(english.lastText()).toBe('This command is for the coordinator only.');
      await english.text('/referrals');
      expect(english.lastText()).toBe('This command is for representatives of partner organizations.');
    });

    it('a librarian given another center: the picker has her centers ticked, and she is told all of them in her language (walk s20 #42)', async () => {
      const t = createTestBot({ env });
      await StaffMemberModel.create({ _id: 4031, displayName: 'Marina', centerIds: ['kemerovo-gogol', 'belovo-central'], addedBy: 900, language: 'en' });
      const maria = t.user({ id: 900, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/staff');
      await maria.press('➕ Добавить библиотекаря');
      await maria.press('🔢 По номеру в Телеграме');
      await maria.text('4031');
      const ticked = maria.buttonLabels().filter((label) => label.endsWith(' — выбрано'));
      expect(ticked).toHaveLength(2);
      expect(ticked.join('\n')).toMatch(/Гоголя[^]*Белово|Белово[^]*Гоголя/);
      await maria.press(/^Кемерово: Библиотека «Лесная Поляна»/);
      await maria.press(/Белово/); // taken away
      await maria.press('✓ Готово');
      expect((await StaffMemberModel.findById(4031).lean())!.centerIds.sort()).toEqual(['kemerovo-gogol', 'kemerovo-lesnaya-polyana']);
      await deliverAll(t);
      const marina = t.user({ id: 4031, first_name: 'Marina', language_code: 'en' });
      // What changed, not a first-day welcome (walk28 W28-13).
      expect(marina.lastText()).toBe('You no longer work here: Belovo, Central City Library.\nYou now also work here: Kemerovo, Lesnaya Polyana Library.\nYour centers: Kemerovo, Lesnaya Polyana Library; Kemerovo, Gogol Library.');
      expect(marina.lastText()).not.toMatch(/[а-яё]/i);
    });

    it('adds by Telegram id, revokes with confirmation, and refuses citizens on the command and every callback', async () => {
      const t = createTestBot({ env });
      const maria = t.user({ id: 900, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/staff');
      await maria.press('➕ Добавить библиотекаря');
      await maria.press('🔢 По номеру в Телеграме');
      await maria.text('abc');
      expect(maria.lastText()).toBe('Нужен номер в Телеграме: только цифры, например 123456789.');
      await maria.text('4021');
      await maria.press(/^Юрга:/);
      await maria.press('✓ Готово');
      expect(maria.lastText()).toBe('Готово: сотрудник 4021 теперь библиотекарь (Юрга, Центральная городская библиотека).\nЕсли сотрудник ещё не открывал бот, сообщение до него не дойдёт: попросите его открыть бот и нажать /start — бот скажет, что он библиотекарь.');
      expect(await StaffMemberModel.findById(4021).lean()).toMatchObject({ centerIds: ['yurga-central'] });
      // The new librarian is told, and /help lists the staff commands.
      await deliverAll(t);
      const lena = t.user({ id: 4021, first_name: 'Лена', language_code: 'ru' });
      expect(lena.lastText()).toBe('Вас назначили библиотекарем: Юрга, Центральная городская библиотека. Теперь вы можете открывать группы и отмечать посещаемость. Ваши команды: /help');
      // Her /start (the first, for someone the message could not reach) says what she is (W22-30).
      await lena.text('/start');
      expect(lena.lastText()).toMatch(/^Вы библиотекарь: Юрга, Центральная городская библиотека\.\nВаши команды сотрудника — в меню «\/»/);
      const before = lena.messages().length;
      await lena.text('/help');
      // After the help everyone gets, the staff commands in short sections (no message over 60 words, counted plainly:
      // walk s20 #48, the two sections were one message of 71).
      const help = lena.textsSince(before);
      expect(help[1]).toMatch(/^Команды для сотрудников\. Группы и занятия:\n\/classes — Мои группы и списки\n\/newclass — Открыть новую группу/);
      expect(help[2]).toMatch(/^Очередь и люди:\n\/stats — Статистика очереди/);
      expect(help[2]).toContain('/export — Выгрузка в CSV');
      for (const text of help) expect(text.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(60);
      expect(lena.textsSince(0).join('\n')).not.toContain('/staff');
      await maria.text('/help');
      // With /courses the coordinator's section no longer fits the queue's message within 60 words: it comes on its own.
      expect(maria.messages().at(-2)?.text).toMatch(/^Очередь и люди:\n/);
      expect(maria.lastText()).toBe('Для координатора:\n/staff — Сотрудники\n/centers — Центры\n/courses — Курсы\n/partners — Организации-партнёры');
      expect(maria.lastText().split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(60);
      await t.user({ id: 4028, first_name: 'Ann', language_code: 'en' }).text('/help');
      expect(t.user({ id: 4028, first_name: 'Ann', language_code: 'en' }).lastText()).not.toContain('Commands for staff');

      // A citizen (and the librarian) replaying the coordinator's real buttons is refused.
      await maria.text('/staff');
      const list = maria.messages().at(-1);
      await maria.press('✖ Отозвать: Лена');
      const confirm = maria.messages().at(-1);
      const buttons = [...list!.reply_markup!.inline_keyboard.flat(), ...confirm!.reply_markup!.inline_keyboard.flat()];
      const replayed = buttons.map((b) => (b as { callback_data: string }).callback_data);
      expect(replayed).toHaveLength(4); // add, revoke Лена, yes, no
      await maria.press('Нет');
      // Her /start gave her the name her Telegram shows (W22-30): colleagues and her groups read it.
      expect(maria.lastText()).toContain('• Лена (номер в Телеграме 4021)');
      const ivan = t.user({ id: 4029, first_name: 'Иван', language_code: 'ru' });
      const librarian = t.user({ id: 4021, first_name: 'Лена', language_code: 'ru' });
      for (const user of [ivan, librarian]) {
        await user.text('/start');
        // A librarian is staff: she is told who the command is for, not that it is for library staff.
        await user.text('/staff');
        expect(user.lastText()).toBe('Эта команда только для координатора.');
        for (const data of replayed) {
          await user.pressData(data);
          expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: 'Эта команда только для координатора.', show_alert: true });
        }
        await user.pressData('stf:rvy:4021'); // the data before the menus
        expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload.text).toBe('Эта кнопка уже не действует. Чтобы продолжить, выберите нужное кнопками внизу экрана.');
      }
      expect(await StaffMemberModel.findById(4021).lean()).toMatchObject({ centerIds: ['yurga-central'] });

      await maria.text('/staff');
      await maria.press('✖ Отозвать: Лена');
      // She is Юрга's only librarian: the question says the center is left with none (W22-27).
      expect(maria.lastText()).toBe('Лена: отозвать права библиотекаря?\n\nБез библиотекаря останется: Юрга, Центральная городская библиотека. Пригласить нового: /staff');
      await maria.press('Да');
      expect(maria.lastText()).toBe('Права отозваны: Лена.');
      expect(await StaffMemberModel.findById(4021).lean()).toMatchObject({ centerIds: [] });
      expect(await AuditEntryModel.countDocuments({ action: 'staff.revoke', target: 'user:4021', actorId: 900 })).toBe(1);
      await librarian.text('/newclass');
      expect(librarian.lastText()).toBe('Эта команда только для сотрудников библиотеки.');
      expect(t.errors.filter((line) => !line.includes('staff action refused'))).toEqual([]);
    });
  });
});
