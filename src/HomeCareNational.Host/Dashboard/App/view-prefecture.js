// The prefecture page: its totals, by kind, hubs by activity status, areas and coverage (live), and for callers
// allowed its detail the areas one by one and the non-clinical designations still to be reviewed, a page at a time.
import { h, show } from './dom.js';
import { t, currentLanguage } from './i18n.js';
import { query, refused } from './api.js';
import * as format from './format.js';
import { navigate } from './main.js';
import { heading, tile, tileGroup, totalsTiles, versionLine, keepLive, fiscalYearContext, failure, refusal, table } from './parts.js';

const pageSize = 20;

export async function prefectureView({ place, rest, params }) {
  const year = await fiscalYearContext();
  const code = rest[0] || '';
  const { data, errors } = await query('dashboardPrefecture', { code, fiscalYear: year.year });
  const prefecture = data?.prefecture;
  if (!prefecture) {
    show(place, heading(code), errors.some(e => e.extensions?.code === 'NOT_FOUND') ? refusal(t('prefecture.notFound')) : failure(errors));
    return null;
  }
  const ja = currentLanguage() === 'ja';
  const meta = h('span', { id: 'version-line' });
  const status = h('span', { className: 'stream', role: 'status' });
  const summary = h('div', {});
  const detail = h('div', { id: 'prefecture-detail' });
  show(place,
    heading(ja ? prefecture.nameJa : prefecture.nameEn, ' ', prefecture.fiscalYear.labelJa),
    h('p', { className: 'meta' }, `${t('prefecture.region')}: ${ja ? prefecture.region.nameJa : prefecture.region.nameEn} · `, meta, status),
    summary, detail);

  function draw(totals) {
    meta.textContent = versionLine(totals);
    show(summary, totalsTiles(totals),
      tileGroup('prefecture.areas', [
        tile('areasWithoutHub', format.count(totals.areas.withoutHub)),
        tile('areasWithoutDesignation', format.count(totals.areas.withoutDesignatedInstitution))
      ]),
      h('h2', {}, t('prefecture.byKind')),
      table(t('prefecture.byKind'), [{ label: t('col.kind') }, { label: t('col.count'), number: true }],
        totals.designations.byKind.map(k => [k.labelJa, format.count(k.count)]), { id: 'by-kind' }),
      h('h2', {}, t('prefecture.hubsByStatus')),
      table(t('prefecture.hubsByStatus'), [{ label: t('col.status') }, { label: t('col.count'), number: true }],
        totals.hubsByActivityStatus.map(s => [s.labelJa, format.count(s.count)]), { id: 'hubs-by-status' }));
  }

  draw(prefecture);
  const kindLabels = new Map(prefecture.designations.byKind.map(k => [k.kind, k.labelJa]));
  await drawDetail(detail, code, year.year, params, kindLabels);
  return keepLive('dashboardPrefectureLive', { code, fiscalYear: year.year }, status, prefecture.version, draw);
}

async function drawDetail(detail, code, fiscalYear, params, kindLabels) {
  const after = params.get('after');
  const before = params.get('before');
  const page = before ? { last: pageSize, before } : { first: pageSize, after };
  const { data, errors } = await query('dashboardPrefectureDetail', { code, fiscalYear, ...page });
  if (refused(errors, 'prefecture', 'register')) {
    show(detail, h('h2', {}, t('prefecture.reviewList')), refusal(t('prefecture.refused')));
    return;
  }
  const register = data?.prefecture?.register;
  if (!register) {
    show(detail, errors.length ? failure(errors) : '');
    return;
  }
  const yesNo = value => (value ? t('yes') : t('no'));
  const institutions = register.institutions;
  const pager = h('div', { className: 'pager' },
    h('button', { type: 'button', id: 'review-previous', disabled: !institutions.pageInfo.hasPreviousPage,
      onclick: () => navigate(`prefecture/${code}`, { before: institutions.pageInfo.startCursor }) }, t('pager.previous')),
    h('button', { type: 'button', id: 'review-next', disabled: !institutions.pageInfo.hasNextPage,
      onclick: () => navigate(`prefecture/${code}`, { after: institutions.pageInfo.endCursor }) }, t('pager.next')),
    h('span', {}, `${format.count(institutions.totalCount)} ${t('pager.of')}`));
  show(detail,
    h('h2', {}, t('prefecture.areas')),
    table(t('prefecture.areas'),
      [{ label: t('col.area') }, { label: t('col.unitType') }, { label: t('col.hasHub') }, { label: t('col.hasActiveHub') }, { label: t('col.hasDesignation') }],
      register.areas.edges.map(({ node }) => [node.name, node.unitType, yesNo(node.coverage.hasHub), yesNo(node.coverage.hasActiveHub), yesNo(node.coverage.hasDesignatedInstitution)]),
      { id: 'areas' }),
    h('h2', {}, t('prefecture.reviewList')),
    table(t('prefecture.reviewList'),
      [{ label: t('col.institutionCode') }, { label: t('col.name') }, { label: t('col.kind') }, { label: t('col.designatedOn') }],
      institutions.edges.map(({ node }) => [node.institutionCode, node.name, kindLabels.get(node.kind) ?? node.kind, node.designatedOn]),
      { id: 'review-list' }),
    pager);
}
