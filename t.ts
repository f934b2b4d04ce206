import { matchName } from './src/domain/import/catalog-match.js';
import { SAMPLE_CENTERS, SAMPLE_COURSES } from './src/db/seed-data.js';
const centers = SAMPLE_CENTERS.map((c) => ({ id: c._id, label: `${c.name}, ${c.town}`, names: [`${c.name} ${c.town}`, `${c.town} ${c.name}`] }));
const courses = SAMPLE_COURSES.map((c) => ({ id: c._id, label: c.title.ru, names: [c.title.ru, c.title.en] }));
for (const t of ['ОНБ им. Фёдорова', 'Белово ЦГБ', 'ЦГБ Белово', 'Юрга', 'Гоголя', 'Библиотека им. Н. В. Гоголя Кемерово', 'Лесная поляна', 'Новокузнецк Кузнецкий р-н', 'ЦГБ', 'Мариинск ЦРБ', 'Центральная городская библиотека Белово']) console.log(t, matchName(t, centers));
for (const t of ['Интернет и эл. почта', 'Основы', 'Госуслуги', 'Поиск работы', 'Безопасность в интернете', 'компьютерная грамотность', 'Basic computer literacy', 'Вязание']) console.log(t, matchName(t, courses));
