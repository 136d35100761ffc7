// Pieces every view draws the same way: a tile, a table, the live-stream status, a refusal.
import { h, show } from './dom.js';
import { t } from './i18n.js';
import { query } from './api.js';
import { offerFiscalYears, selectedFiscalYear, announce, requireSignIn } from './main.js';
import { subscribe } from './api.js';
import * as format from './format.js';

export function heading(...text) {
  return h('h1', { tabindex: -1 }, ...text);
}

/** One headline figure; data-tile names it for the tests and for anyone reading the page's source. */
export function tile(key, value) {
  return h('li', { className: 'tile' }, h('h3', { id: `tile-${key}-label` }, t(`tile.${key}`)),
    h('p', { className: 'value', 'data-tile': key, 'aria-labelledby': `tile-${key}-label` }, value));
}

export function tileGroup(titleKey, tiles) {
  const id = `group-${titleKey.replace('.', '-')}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, t(titleKey)), h('ul', { className: 'tiles' }, tiles));
}

/** A data table with a caption and column headers; cells with a number are right-aligned. */
export function table(caption, columns, rows, attributes = {}) {
  return h('table', attributes,
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, columns.map(c => h('th', { scope: 'col', className: c.number ? 'number' : null }, c.label)))),
    h('tbody', {}, rows.map(row => h('tr', {}, row.map((cell, i) =>
      i === 0 ? h('th', { scope: 'row' }, cell) : h('td', { className: columns[i].number ? 'number' : null }, cell))))));
}

export function refusal(text) {
  return h('p', { className: 'refused', role: 'note' }, text);
}

export function failure(errors) {
  return h('p', { className: 'refused', role: 'alert' }, t('error'), errors.map(e => e.message).join('; '));
}

/** The headline tiles of national or prefectural totals. */
export function totalsTiles(totals) {
  return [
    tileGroup('section.designations', [
      tile('total', format.count(totals.designations.total)),
      tile('clinical', format.count(totals.designations.clinical)),
      tile('nonClinical', format.count(totals.designations.nonClinical)),
      tile('nonClinicalShare', format.share(totals.designations.nonClinicalShare)),
      tile('hubs', format.count(totals.hubs.total)),
      tile('areas', format.count(totals.areas.total)),
      tile('areasWithoutActiveHub', format.count(totals.areasWithoutActiveHub))
    ]),
    tileGroup('section.review', [
      tile('reviewRequired', format.count(totals.review.required)),
      tile('reviewOpen', format.count(totals.review.open)),
      tile('reviewWithdrawn', format.count(totals.review.withdrawn)),
      tile('reviewReplaced', format.count(totals.review.replacedByClinical)),
      tile('reviewKept', format.count(totals.review.kept)),
      tile('reviewCompleted', format.share(totals.review.completedShare))
    ])
  ];
}

/** "version 141 · as of …", the line that tells fresh figures from stale ones. */
export function versionLine(totals) {
  return `${t('version')} ${format.plain(totals.version)} · ${format.when(totals.asOf)} ${t('asOf')}`;
}

/**
 * Keeps a view's figures live: draws each event of the subscription that is newer than what is shown, and shows the
 * stream's state in <paramref name="status"/>. Returns the function that stops it.
 */
export function keepLive(documentId, variables, status, shownVersion, draw) {
  let version = shownVersion;
  return subscribe(documentId, variables, {
    onNext: data => {
      const totals = Object.values(data)[0];
      if (totals && totals.version > version) {
        version = totals.version;
        draw(totals);
        announce(`${t('updated')}: ${versionLine(totals)}`);
      }
    },
    onState: state => {
      status.className = `stream stream-${state}`;
      status.textContent = t(`stream.${state}`);
    },
    onSignIn: requireSignIn
  });
}

let fiscalYears = null;

/** The fiscal years with data and the service's default year; read once, and shown in the header's selector. */
export async function fiscalYearContext() {
  if (!fiscalYears) {
    const { data } = await query('dashboardNational', { fiscalYear: null });
    fiscalYears = { years: data.fiscalYears, latest: data.national.fiscalYear };
  }
  const wanted = selectedFiscalYear();
  const year = fiscalYears.years.find(y => y.year === wanted) || fiscalYears.latest;
  offerFiscalYears(fiscalYears.years, year.year);
  return year;
}

export { show };
