// Numbers and dates as a Japanese reader expects them: 11,309 件, 26.2 %, 令和8年12月4日 09:30.
import { t } from './i18n.js';

const integer = new Intl.NumberFormat('ja-JP');
const percent = new Intl.NumberFormat('ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('ja-JP', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const dateTime = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Asia/Tokyo'
});
const day = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Tokyo' });
const monthDay = new Intl.DateTimeFormat('ja-JP', { month: 'numeric', day: 'numeric', timeZone: 'Asia/Tokyo' });

export const count = n => `${integer.format(n)}${t('unit.count')}`;
export const plain = n => integer.format(n);
export const share = x => `${percent.format(x * 100)} %`;
export const ratio = x => decimal.format(x);
export const when = iso => (iso ? dateTime.format(new Date(iso)) : t('none'));
/** A day in Japan (2024-12-27 → 令和6年12月27日). */
export const date = isoDay => (isoDay ? day.format(new Date(`${isoDay}T00:00:00+09:00`)) : t('none'));
export const shortDate = iso => monthDay.format(new Date(iso));
