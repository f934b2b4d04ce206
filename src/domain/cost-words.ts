import { foldLookAlikes } from './text.js';

/**
 * «А это платно?», «сколько стоит обучение?», «is it free?»: a question about money (walk35w). Typed outside a flow it
 * was read as a join («обучени»), inside one as a wrong answer («нажмите кнопку»); the classes are free, and she is
 * told so wherever she asks.
 */
const COST = /сколько (же |это |будет )?(стоит|стоят|стоить|платить)|стоимост|(?<!\p{L})(бес)?платн|(?<!\p{L})цен[аыуе]?(?!\p{L})|(?<!\p{L})оплат|(?<!\p{L})оплач|(?<!\p{L})(за)?плат(ить|ят|им|ишь|ите)(?!\p{L})|(?<!\p{L})(деньг|денег)|рубл|(?<!\p{L})руб(?!\p{L})|how much|(?<!\p{L})(cost|costs|price|fee|fees)(?!\p{L})|is (it|this|that|the course|the class|the classes|the course) free|for free|free of charge|(have|need) to pay|pay for/u;

/** Whether a typed message asks what the classes cost (or whether they are free). */
export function asksCost(text: string): boolean {
  return COST.test(foldLookAlikes(text).replace(/ё/g, 'е'));
}
