/**
 * Sample centers of the "Tvoy Kurs" network in the Kemerovo region (Kuzbass)
 * and the program's courses. Addresses and phones are illustrative; the
 * coordinates are the towns' libraries' approximate locations.
 */
const TZ = 'Asia/Novokuznetsk';
const WEEKDAYS = 'Пн–Пт 10:00–19:00, Сб 10:00–17:00';

export const SAMPLE_CENTERS = [
  { _id: 'kemerovo-regional', name: 'Областная научная библиотека им. В. Д. Фёдорова', town: 'Кемерово', address: 'ул. Дзержинского, 19', latitude: 55.3547, longitude: 86.0865, phone: '+7 3842 36-42-90', hours: 'Пн–Пт 10:00–20:00, Сб–Вс 10:00–18:00' },
  { _id: 'kemerovo-gogol', name: 'Библиотека им. Н. В. Гоголя', town: 'Кемерово', address: 'пр. Ленина, 5', latitude: 55.3559, longitude: 86.0793, phone: '+7 3842 58-41-22', hours: WEEKDAYS },
  { _id: 'kemerovo-lesnaya-polyana', name: 'Библиотека «Лесная Поляна»', town: 'Кемерово', address: 'б-р Осенний, 2', latitude: 55.4034, longitude: 86.1817, phone: '+7 3842 65-11-07', hours: WEEKDAYS },
  { _id: 'novokuznetsk-central', name: 'Центральная городская библиотека им. Н. В. Гоголя', town: 'Новокузнецк', address: 'ул. Кирова, 56', latitude: 53.7596, longitude: 87.1216, phone: '+7 3843 74-47-05', hours: 'Пн–Пт 10:00–19:00, Сб 10:00–18:00' },
  { _id: 'novokuznetsk-kuznetsky', name: 'Библиотека Кузнецкого района', town: 'Новокузнецк', address: 'ул. Лазо, 20', latitude: 53.7713, longitude: 87.1822, phone: '+7 3843 37-28-61', hours: WEEKDAYS },
  { _id: 'prokopyevsk-central', name: 'Центральная городская библиотека', town: 'Прокопьевск', address: 'пр. Шахтёров, 31', latitude: 53.8847, longitude: 86.7500, phone: '+7 3846 61-25-18', hours: WEEKDAYS },
  { _id: 'mezhdurechensk-central', name: 'Центральная городская библиотека', town: 'Междуреченск', address: 'пр. Строителей, 20', latitude: 53.6866, longitude: 88.0703, phone: '+7 38475 2-44-50', hours: WEEKDAYS },
  { _id: 'leninsk-central', name: 'Центральная библиотека им. Н. А. Островского', town: 'Ленинск-Кузнецкий', address: 'пр. Кирова, 72', latitude: 54.6567, longitude: 86.1737, phone: '+7 38456 3-19-42', hours: WEEKDAYS },
  { _id: 'kiselyovsk-central', name: 'Центральная городская библиотека', town: 'Киселёвск', address: 'ул. Ленина, 30', latitude: 54.0000, longitude: 86.6500, phone: '+7 38464 2-20-34', hours: WEEKDAYS },
  { _id: 'yurga-central', name: 'Центральная городская библиотека', town: 'Юрга', address: 'ул. Московская, 30', latitude: 55.7136, longitude: 84.9331, phone: '+7 38451 4-62-71', hours: WEEKDAYS },
  { _id: 'belovo-central', name: 'Центральная городская библиотека', town: 'Белово', address: 'ул. Советская, 33', latitude: 54.4165, longitude: 86.2977, phone: '+7 38452 2-78-15', hours: WEEKDAYS },
  { _id: 'anzhero-central', name: 'Центральная городская библиотека', town: 'Анжеро-Судженск', address: 'ул. Ленина, 5', latitude: 56.0786, longitude: 86.0200, phone: '+7 38453 6-13-40', hours: WEEKDAYS },
  { _id: 'mariinsk-central', name: 'Центральная районная библиотека', town: 'Мариинск', address: 'ул. Ленина, 31', latitude: 56.2107, longitude: 87.7477, phone: '+7 38443 5-11-26', hours: 'Пн–Пт 09:00–18:00' },
  { _id: 'osinniki-central', name: 'Центральная городская библиотека', town: 'Осинники', address: 'ул. Революции, 17', latitude: 53.6197, longitude: 87.3364, phone: '+7 38471 4-33-09', hours: WEEKDAYS },
  { _id: 'tashtagol-central', name: 'Центральная районная библиотека', town: 'Таштагол', address: 'ул. Ленина, 60', latitude: 52.7593, longitude: 87.8897, phone: '+7 38473 3-25-47', hours: 'Пн–Пт 09:00–18:00' },
  { _id: 'berezovsky-central', name: 'Центральная городская библиотека', town: 'Берёзовский', address: 'пр. Ленина, 21', latitude: 55.6667, longitude: 86.2500, phone: '+7 38445 3-04-88', hours: WEEKDAYS },
].map((center) => ({ ...center, timeZone: TZ, active: true }));

export const SAMPLE_COURSES = [
  {
    _id: 'basics',
    order: 1,
    title: { ru: 'Основы компьютерной грамотности', en: 'Basic computer literacy' },
    description: { ru: 'Компьютер, мышь, клавиатура, файлы и папки.', en: 'The computer, mouse, keyboard, files and folders.' },
  },
  {
    _id: 'internet',
    order: 2,
    title: { ru: 'Интернет и электронная почта', en: 'Internet and e-mail' },
    description: { ru: 'Поиск в интернете, почта, мессенджеры.', en: 'Searching the web, e-mail, messengers.' },
  },
  {
    _id: 'gosuslugi',
    order: 3,
    title: { ru: 'Госуслуги онлайн', en: 'Public services online' },
    description: { ru: 'Портал Госуслуг: запись к врачу, справки, пособия.', en: 'The Gosuslugi portal: doctor appointments, certificates, benefits.' },
  },
  {
    _id: 'job-search',
    order: 4,
    title: { ru: 'Поиск работы в интернете', en: 'Job search online' },
    description: { ru: 'Резюме, вакансии, «Работа России».', en: 'CVs, vacancies, the "Work in Russia" portal.' },
  },
  {
    _id: 'safe-internet',
    order: 5,
    title: { ru: 'Безопасный интернет', en: 'Safe internet' },
    description: { ru: 'Пароли, мошенники, защита личных данных.', en: 'Passwords, scams, protecting personal data.' },
  },
].map((course) => ({ ...course, active: true }));
