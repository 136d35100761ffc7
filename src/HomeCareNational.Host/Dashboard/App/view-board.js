// 提出状況: one row per prefecture — parts missing, hubs without an activity report, warnings, last change, complete
// or not — sortable, filterable by region, downloadable as CSV and .xlsx. Rows the caller may not read say so.
import { h, show } from './dom.js';
import { t, currentLanguage } from './i18n.js';
import { query, refused } from './api.js';
import * as format from './format.js';
import { navigate, link } from './main.js';
import { heading, fiscalYearContext, failure, refusal } from './parts.js';
import { downloadCsv, downloadXlsx } from './download.js';

/** The columns: label, the sortable value, the text shown (and downloaded), whether it is a number. */
const columns = [
  { key: 'code', value: r => r.code },
  { key: 'prefecture', value: r => r.name },
  { key: 'region', value: r => r.region },
  { key: 'complete', value: r => r.completeText },
  { key: 'missing', value: r => r.missingText },
  { key: 'hubsWithoutReport', value: r => r.hubsWithoutReport, number: true },
  { key: 'warnings', value: r => r.warnings, number: true },
  { key: 'lastChangeAt', value: r => r.lastChangeAt },
  { key: 'lastChangeBy', value: r => r.lastChangeBy }
];

function toRow(prefecture, index, errors) {
  const ja = currentLanguage() === 'ja';
  const row = { code: prefecture.code, name: ja ? prefecture.nameJa : prefecture.nameEn, region: ja ? prefecture.region.nameJa : prefecture.region.nameEn, regionCode: prefecture.region.code };
  const register = prefecture.register;
  if (refused(errors, 'prefectures', index, 'register')) {
    return { ...row, allowed: false, completeText: t('board.forbidden'), missingText: '', hubsWithoutReport: null, warnings: null, lastChangeAt: '', lastChangeBy: '' };
  }
  if (!register) {
    return { ...row, allowed: true, complete: false, completeText: t('board.noData'), missingText: '', hubsWithoutReport: null, warnings: null, lastChangeAt: '', lastChangeBy: '' };
  }
  return {
    ...row,
    allowed: true,
    complete: register.status.isComplete,
    completeText: register.status.isComplete ? t('board.done') : t('board.notDone'),
    missingText: register.status.missing.map(m => t(`missing.${m}`)).join('、'),
    hubsWithoutReport: register.status.hubsWithoutReport,
    warnings: register.status.warnings.length,
    lastChangeAt: register.lastChange ? format.when(register.lastChange.at) : '',
    lastChangeIso: register.lastChange?.at ?? '',
    lastChangeBy: register.lastChange?.by.displayName ?? ''
  };
}

const cellText = (column, row) => {
  const value = column.value(row);
  return value === null || value === undefined ? t('none') : column.number ? format.plain(value) : String(value);
};

export async function boardView({ place, params }) {
  const year = await fiscalYearContext();
  const { data, errors } = await query('dashboardSubmissionBoard', { fiscalYear: year.year });
  const title = heading(t('board.title'), ' ', year.labelJa);
  if (!data?.prefectures) {
    show(place, title, failure(errors));
    return null;
  }
  const all = data.prefectures.map((p, i) => toRow(p, i, errors));
  if (all.every(r => !r.allowed)) {
    show(place, title, refusal(t('board.refusedAll')));
    return null;
  }

  const regions = [...new Map(all.map(r => [r.regionCode, r.region])).entries()];
  const region = regions.some(([c]) => c === params.get('region')) ? params.get('region') : '';
  const rows = all.filter(r => !region || r.regionCode === region);
  const sortKey = columns.some(c => c.key === params.get('sort')) ? params.get('sort') : 'code';
  const descending = params.get('dir') === 'desc';
  const sortColumn = columns.find(c => c.key === sortKey);
  const sortValue = sortKey === 'lastChangeAt' ? r => r.lastChangeIso ?? '' : sortColumn.value;
  rows.sort((a, b) => {
    const x = sortValue(a) ?? -1;
    const y = sortValue(b) ?? -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'ja');
    return (descending ? -order : order) || a.code.localeCompare(b.code);
  });

  const regionSelect = h('select', { id: 'board-region', onchange: e => navigate('board', { region: e.target.value, sort: sortKey, dir: descending ? 'desc' : 'asc' }) },
    h('option', { value: '' }, t('board.all')),
    regions.map(([c, name]) => h('option', { value: c, selected: c === region }, name)));
  const header = columns.map(c => t(`col.${c.key}`));
  const cells = rows.map(r => columns.map(c => cellText(c, r)));
  const fileName = `submission-status-${year.year}`;

  const tableElement = h('table', { id: 'submission-board' },
    h('caption', {}, t('board.caption')),
    h('thead', {}, h('tr', {}, columns.map(c => {
      const active = c.key === sortKey;
      const next = active && !descending ? 'desc' : 'asc';
      return h('th', { scope: 'col', className: c.number ? 'number' : null, 'aria-sort': active ? (descending ? 'descending' : 'ascending') : null },
        h('a', { href: link('board', { region, sort: c.key, dir: next }) }, t(`col.${c.key}`)));
    }))),
    h('tbody', {}, rows.map(r => h('tr', { 'data-code': r.code }, columns.map((c, i) => {
      const text = cellText(c, r);
      const className = [c.number ? 'number' : null, c.key === 'complete' && r.allowed && r.complete !== undefined ? (r.complete ? 'complete' : 'incomplete') : null].filter(Boolean).join(' ') || null;
      return i === 0 ? h('th', { scope: 'row' }, text) : h('td', { className, 'data-column': c.key }, text);
    })))));

  show(place, title,
    h('div', { className: 'toolbar' },
      h('label', { for: 'board-region' }, t('board.region')), regionSelect,
      h('button', { type: 'button', id: 'board-csv', onclick: () => downloadCsv(`${fileName}.csv`, header, cells) }, t('board.csv')),
      h('button', { type: 'button', id: 'board-xlsx', onclick: () => downloadXlsx(fileName, t('board.title'), header, rows.map(r => columns.map(c => c.value(r) ?? null))) }, t('board.xlsx'))),
    tableElement);
  return null;
}
