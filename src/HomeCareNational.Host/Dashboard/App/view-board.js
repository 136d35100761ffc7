// 提出状況: the fiscal year's reporting round (deadline, days to it, prefectures per state), then one row per prefecture
// — its round state and overdue flag, parts missing, hubs without an activity report, warnings (each listed), last
// change, complete or not — sortable, filterable by region and round state, downloadable as CSV and .xlsx. Rows the
// caller may not read say so.
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
  { key: 'roundState', value: r => r.roundStateText },
  { key: 'overdue', value: r => r.overdueText },
  { key: 'complete', value: r => r.completeText },
  { key: 'missing', value: r => r.missingText },
  { key: 'hubsWithoutReport', value: r => r.hubsWithoutReport, number: true },
  { key: 'warnings', value: r => r.warnings, number: true, list: r => r.warningTexts },
  { key: 'lastChangeAt', value: r => r.lastChangeAt },
  { key: 'lastChangeBy', value: r => r.lastChangeBy }
];

/** The downloads carry every column, and after a listed one (warnings) its items as text. */
const exported = columns.flatMap(c => (c.list ? [c, { key: `${c.key}List`, value: r => c.list(r).join('; ') }] : [c]));

/** A round state in the reader's language: the API's own Japanese label, or the English one. */
const stateLabel = (round, state) =>
  currentLanguage() === 'ja' ? round.counts.find(c => c.state === state)?.labelJa ?? state : t(`roundState.${state}`);

const warningText = w => `${t(`warning.${w.kind}`)}：${w.subject}`;

function toRow(prefecture, index, errors, round) {
  const ja = currentLanguage() === 'ja';
  const standing = round?.prefectures.find(p => p.code === prefecture.code);
  const row = {
    code: prefecture.code, name: ja ? prefecture.nameJa : prefecture.nameEn, region: ja ? prefecture.region.nameJa : prefecture.region.nameEn, regionCode: prefecture.region.code,
    roundState: standing?.state ?? '', roundStateText: standing ? stateLabel(round, standing.state) : '', overdueText: standing?.overdue ? t('board.overdue') : '',
    warningTexts: []
  };
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
    warningTexts: register.status.warnings.map(warningText),
    lastChangeAt: register.lastChange ? format.when(register.lastChange.at) : '',
    lastChangeIso: register.lastChange?.at ?? '',
    lastChangeBy: register.lastChange?.by.displayName ?? ''
  };
}

const cellText = (column, row) => {
  const value = column.value(row);
  return value === null || value === undefined ? t('none') : column.number ? format.plain(value) : String(value);
};

/** The round's deadline, days to it, whether it still takes submissions, and the prefectures per state; or that there is none. */
function roundSummary(round) {
  if (!round) {
    return h('p', { id: 'board-round', className: 'notice' }, t('round.none'));
  }
  const days = round.daysToDeadline >= 0 ? t('round.daysLeft') : t('round.daysPast');
  return h('section', { id: 'board-round', 'aria-labelledby': 'board-round-title' },
    h('h2', { id: 'board-round-title' }, t('round.title')),
    h('dl', { className: 'round-facts' },
      h('dt', {}, t('round.deadline')), h('dd', { 'data-round': 'deadline' }, format.date(round.deadline)),
      h('dt', {}, t('round.daysToDeadline')), h('dd', { 'data-round': 'daysToDeadline' }, days.replace('{n}', format.plain(Math.abs(round.daysToDeadline)))),
      h('dt', {}, t('round.status')), h('dd', { 'data-round': 'status' }, round.closed ? t('round.closed') : t('round.open'))),
    h('h3', {}, t('round.counts')),
    h('ul', { className: 'round-counts' }, round.counts.map(c =>
      h('li', { 'data-state': c.state }, `${stateLabel(round, c.state)} `, h('span', { className: 'value' }, format.count(c.count))))));
}

/** The warnings cell: the count, opening (a disclosure, keyboard- and screen-reader-usable) to the list of what they are. */
function warningsCell(row, text) {
  if (!row.warningTexts.length) {
    return text;
  }
  return h('details', {}, h('summary', { 'aria-label': `${text}${t('board.warningsOf')}` }, text),
    h('ul', { className: 'warning-list' }, row.warningTexts.map(w => h('li', {}, w))));
}

export async function boardView({ place, params }) {
  const year = await fiscalYearContext();
  const { data, errors } = await query('dashboardSubmissionBoard', { fiscalYear: year.year });
  const title = heading(t('board.title'), ' ', year.labelJa);
  if (!data?.prefectures) {
    show(place, title, failure(errors));
    return null;
  }
  const round = data.reportingRound;
  const all = data.prefectures.map((p, i) => toRow(p, i, errors, round));
  if (all.every(r => !r.allowed)) {
    show(place, title, roundSummary(round), refusal(t('board.refusedAll')));
    return null;
  }

  const regions = [...new Map(all.map(r => [r.regionCode, r.region])).entries()];
  const region = regions.some(([c]) => c === params.get('region')) ? params.get('region') : '';
  const states = round ? round.counts.map(c => c.state) : [];
  const state = states.includes(params.get('state')) ? params.get('state') : '';
  const rows = all.filter(r => (!region || r.regionCode === region) && (!state || r.roundState === state));
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

  const filters = { region, state, sort: sortKey, dir: descending ? 'desc' : 'asc' };
  const regionSelect = h('select', { id: 'board-region', onchange: e => navigate('board', { ...filters, region: e.target.value }) },
    h('option', { value: '' }, t('board.all')),
    regions.map(([c, name]) => h('option', { value: c, selected: c === region }, name)));
  const stateSelect = h('select', { id: 'board-state', onchange: e => navigate('board', { ...filters, state: e.target.value }), disabled: !round },
    h('option', { value: '' }, t('board.all')),
    states.map(s => h('option', { value: s, selected: s === state }, stateLabel(round, s))));
  const header = exported.map(c => t(`col.${c.key}`));
  const cells = rows.map(r => exported.map(c => cellText(c, r)));
  const fileName = `submission-status-${year.year}`;

  const tableElement = h('table', { id: 'submission-board' },
    h('caption', {}, t('board.caption')),
    h('thead', {}, h('tr', {}, columns.map(c => {
      const active = c.key === sortKey;
      const next = active && !descending ? 'desc' : 'asc';
      return h('th', { scope: 'col', className: c.number ? 'number' : null, 'aria-sort': active ? (descending ? 'descending' : 'ascending') : null },
        h('a', { href: link('board', { region, state, sort: c.key, dir: next }) }, t(`col.${c.key}`)));
    }))),
    h('tbody', {}, rows.map(r => h('tr', { 'data-code': r.code }, columns.map((c, i) => {
      const text = cellText(c, r);
      const className = [c.number ? 'number' : null, c.key === 'complete' && r.allowed && r.complete !== undefined ? (r.complete ? 'complete' : 'incomplete') : null].filter(Boolean).join(' ') || null;
      return i === 0 ? h('th', { scope: 'row' }, text) : h('td', { className, 'data-column': c.key }, c.list ? warningsCell(r, text) : text);
    })))));

  show(place, title, roundSummary(round),
    h('div', { className: 'toolbar' },
      h('label', { for: 'board-region' }, t('board.region')), regionSelect,
      h('label', { for: 'board-state' }, t('board.state')), stateSelect,
      h('button', { type: 'button', id: 'board-csv', onclick: () => downloadCsv(`${fileName}.csv`, header, cells) }, t('board.csv')),
      h('button', { type: 'button', id: 'board-xlsx', onclick: () => downloadXlsx(fileName, t('board.title'), header, rows.map(r => exported.map(c => c.value(r) ?? null))) }, t('board.xlsx'))),
    tableElement);
  return null;
}
