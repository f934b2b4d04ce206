/**
 * Sample centers of the "Tvoy Kurs" network in the Kemerovo region (Kuzbass)
 * and the program's courses. Addresses and phones are illustrative; the
 * coordinates are the towns' libraries' approximate locations.
 */
const TZ = 'Asia/Novokuznetsk';
const WEEKDAYS = 'будни 10:00–19:00, суббота 10:00–17:00';
/** What English speakers read: names in English, streets transliterated, hours in English. */
const WEEKDAYS_EN = 'weekdays 10:00–19:00, Saturday 10:00–17:00';

export const SAMPLE_CENTERS = [
  { _id: 'kemerovo-regional', name: 'Областная научная библиотека имени В. Д. Фёдорова', town: 'Кемерово', address: 'улица Дзержинского, 19', latitude: 55.3547, longitude: 86.0865, phone: '+7 3842 36-42-90', hours: 'будни 10:00–20:00, выходные 10:00–18:00', en: { name: 'Fedorov Regional Academic Library', town: 'Kemerovo', address: '19 Dzerzhinskogo St', hours: 'weekdays 10:00–20:00, weekends 10:00–18:00' } },
  { _id: 'kemerovo-gogol', name: 'Библиотека имени Н. В. Гоголя', town: 'Кемерово', address: 'проспект Ленина, 5', latitude: 55.3559, longitude: 86.0793, phone: '+7 3842 58-41-22', hours: WEEKDAYS, en: { name: 'Gogol Library', town: 'Kemerovo', address: '5 Lenina Ave', hours: WEEKDAYS_EN } },
  { _id: 'kemerovo-lesnaya-polyana', name: 'Библиотека «Лесная Поляна»', town: 'Кемерово', address: 'бульвар Осенний, 2', latitude: 55.4034, longitude: 86.1817, phone: '+7 3842 65-11-07', hours: WEEKDAYS, en: { name: 'Lesnaya Polyana Library', town: 'Kemerovo', address: '2 Osenny Blvd', hours: WEEKDAYS_EN } },
  { _id: 'novokuznetsk-central', name: 'Центральная городская библиотека имени Н. В. Гоголя', town: 'Новокузнецк', address: 'улица Кирова, 56', latitude: 53.7596, longitude: 87.1216, phone: '+7 3843 74-47-05', hours: 'будни 10:00–19:00, суббота 10:00–18:00', en: { name: 'Gogol Central City Library', town: 'Novokuznetsk', address: '56 Kirova St', hours: 'weekdays 10:00–19:00, Saturday 10:00–18:00' } },
  { _id: 'novokuznetsk-kuznetsky', name: 'Библиотека Кузнецкого района', town: 'Новокузнецк', address: 'улица Лазо, 20', latitude: 53.7713, longitude: 87.1822, phone: '+7 3843 37-28-61', hours: WEEKDAYS, en: { name: 'Kuznetsky District Library', town: 'Novokuznetsk', address: '20 Lazo St', hours: WEEKDAYS_EN } },
  { _id: 'prokopyevsk-central', name: 'Центральная городская библиотека', town: 'Прокопьевск', address: 'проспект Шахтёров, 31', latitude: 53.8847, longitude: 86.7500, phone: '+7 3846 61-25-18', hours: WEEKDAYS, en: { name: 'Central City Library', town: 'Prokopyevsk', address: '31 Shakhterov Ave', hours: WEEKDAYS_EN } },
  { _id: 'mezhdurechensk-central', name: 'Центральная городская библиотека', town: 'Междуреченск', address: 'проспект Строителей, 20', latitude: 53.6866, longitude: 88.0703, phone: '+7 38475 2-44-50', hours: WEEKDAYS, en: { name: 'Central City Library', town: 'Mezhdurechensk', address: '20 Stroiteley Ave', hours: WEEKDAYS_EN } },
  { _id: 'leninsk-central', name: 'Центральная библиотека имени Н. А. Островского', town: 'Ленинск-Кузнецкий', address: 'проспект Кирова, 72', latitude: 54.6567, longitude: 86.1737, phone: '+7 38456 3-19-42', hours: WEEKDAYS, en: { name: 'Ostrovsky Central Library', town: 'Leninsk-Kuznetsky', address: '72 Kirova Ave', hours: WEEKDAYS_EN } },
  { _id: 'kiselyovsk-central', name: 'Центральная городская библиотека', town: 'Киселёвск', address: 'улица Ленина, 30', latitude: 54.0000, longitude: 86.6500, phone: '+7 38464 2-20-34', hours: WEEKDAYS, en: { name: 'Central City Library', town: 'Kiselyovsk', address: '30 Lenina St', hours: WEEKDAYS_EN } },
  { _id: 'yurga-central', name: 'Центральная городская библиотека', town: 'Юрга', address: 'улица Московская, 30', latitude: 55.7136, longitude: 84.9331, phone: '+7 38451 4-62-71', hours: WEEKDAYS, en: { name: 'Central City Library', town: 'Yurga', address: '30 Moskovskaya St', hours: WEEKDAYS_EN } },
  { _id: 'belovo-central', name: 'Центральная городская библиотека', town: 'Белово', address: 'улица Советская, 33', latitude: 54.4165, longitude: 86.2977, phone: '+7 38452 2-78-15', hours: WEEKDAYS, en: { name: 'Central City Library', town: 'Belovo', address: '33 Sovetskaya St', hours: WEEKDAYS_EN } },
  { _id: 'anzhero-central', name: 'Центральная городская библиотека', town: 'Анжеро-Судженск', address: 'улица Ленина, 5', latitude: 56.0786, longitude: 86.0200, phone: '+7 38453 6-13-40', hours: WEEKDAYS, en: { name: 'Central City Library', town: 'Anzhero-Sudzhensk', address: '5 Lenina St', hours: WEEKDAYS_EN } },
  { _id: 'mariinsk-central', name: 'Центральная районная библиотека', town: 'Мариинск', address: 'улица Ленина, 31', latitude: 56.2107, longitude: 87.7477, phone: '+7 38443 5-11-26', hours: 'будни 9:00–18:00', en: { name: 'Central District Library', town: 'Mariinsk', address: '31 Lenina St', hours: 'weekdays 9:00–18:00' } },
  { _id: 'osinniki-central', name: 'Центральная городская библиотека', town: 'Осинники', address: 'улица Революции, 17', latitude: 53.6197, longitude: 87.3364, phone: '+7 38471 4-33-09', hours: WEEKDAYS, en: { name: 'Central City Library', town: 'Osinniki', address: '17 Revolyutsii St', hours: WEEKDAYS_EN } },
  { _id: 'tashtagol-central', name: 'Центральная районная библиотека', town: 'Таштагол', address: 'улица Ленина, 60', latitude: 52.7593, longitude: 87.8897, phone: '+7 38473 3-25-47', hours: 'будни 9:00–18:00', en: { name: 'Central District Library', town: 'Tashtagol', address: '60 Lenina St', hours: 'weekdays 9:00–18:00' } },
  { _id: 'berezovsky-central', name: 'Центральная городская библиотека', town: 'Берёзовский', address: 'проспект Ленина, 21', latitude: 55.6667, longitude: 86.2500, phone: '+7 38445 3-04-88', hours: WEEKDAYS, en: { name: 'Central City Library', town: 'Berezovsky', address: '21 Lenina Ave', hours: WEEKDAYS_EN } },
].map((center) => ({ ...center, timeZone: TZ, active: true }));

export const SAMPLE_COURSES = [
  {
    _id: 'basics',
    order: 1,
    title: { ru: 'Основы компьютерной грамотности', en: 'Basic computer literacy' },
    short: { ru: 'Основы', en: 'Basics' },
    description: { ru: 'Компьютер, мышь, клавиатура, файлы и папки.', en: 'The computer, mouse, keyboard, files and folders.' },
  },
  {
    _id: 'internet',
    order: 2,
    title: { ru: 'Интернет и электронная почта', en: 'Internet and e-mail' },
    short: { ru: 'Интернет', en: 'Internet' },
    description: { ru: 'Поиск в интернете, почта, мессенджеры.', en: 'Searching the web, e-mail, messengers.' },
  },
  {
    _id: 'gosuslugi',
    order: 3,
    title: { ru: 'Госуслуги онлайн', en: 'Public services online' },
    short: { ru: 'Госуслуги', en: 'Public services' },
    description: { ru: 'Портал Госуслуг: запись к врачу, справки, пособия.', en: 'The Gosuslugi portal: doctor appointments, certificates, benefits.' },
  },
  {
    _id: 'job-search',
    order: 4,
    title: { ru: 'Поиск работы в интернете', en: 'Job search online' },
    short: { ru: 'Поиск работы', en: 'Job search' },
    description: { ru: 'Резюме, вакансии, «Работа России».', en: 'CVs, vacancies, the "Work in Russia" portal.' },
  },
  {
    _id: 'safe-internet',
    order: 5,
    title: { ru: 'Безопасный интернет', en: 'Safe internet' },
    short: { ru: 'Безопасный интернет', en: 'Safe internet' },
    description: { ru: 'Пароли, мошенники, защита личных данных.', en: 'Passwords, scams, protecting personal data.' },
  },
].map((course) => ({ ...course, active: true }));
