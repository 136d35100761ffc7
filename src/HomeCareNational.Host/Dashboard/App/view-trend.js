// 推移: the review's open count and the non-clinical share over the fiscal year, national or for a region or
// prefecture; an ECharts line chart and the same figures as a table.
import { h, show } from './dom.js';
import { t, currentLanguage } from './i18n.js';
import { query } from './api.js';
import * as format from './format.js';
import { navigate } from './main.js';
import { heading, fiscalYearContext, failure, table } from './parts.js';

const points = 12;
const documents = { national: 'dashboardTrendNational', region: 'dashboardTrendRegion', prefecture: 'dashboardTrendPrefecture' };

export async function trendView({ place, params }) {
  const year = await fiscalYearContext();
  const level = documents[params.get('level')] ? params.get('level') : 'national';
  const { data: places } = await query('dashboardPrefectures', { fiscalYear: year.year });
  const prefectures = places?.prefectures ?? [];
  const regions = [...new Map(prefectures.map(p => [p.region.code, p.region])).values()];
  const choices = level === 'region' ? regions : level === 'prefecture' ? prefectures : [];
  const code = choices.some(c => c.code === params.get('code')) ? params.get('code') : choices[0]?.code;
  const name = c => (currentLanguage() === 'ja' ? c.nameJa : c.nameEn);

  const levelSelect = h('select', { id: 'trend-level', onchange: e => navigate('trend', { level: e.target.value }) },
    Object.keys(documents).map(l => h('option', { value: l, selected: l === level }, t(`trend.${l}`))));
  const toolbar = h('div', { className: 'toolbar' }, h('label', { for: 'trend-level' }, t('trend.level')), levelSelect);
  if (choices.length) {
    toolbar.append(h('label', { for: 'trend-code' }, t(`trend.${level}`)),
      h('select', { id: 'trend-code', onchange: e => navigate('trend', { level, code: e.target.value }) },
        choices.map(c => h('option', { value: c.code, selected: c.code === code }, name(c)))));
  }
  const title = heading(t('trend.title'), ' ', year.labelJa, level === 'national' ? '' : ` · ${name(choices.find(c => c.code === code))}`);

  const from = new Date(`${year.startsOn}T00:00:00+09:00`);
  const end = new Date(`${year.endsOn}T23:59:59+09:00`);
  const now = new Date();
  if (from >= now) {
    show(place, title, toolbar, h('p', { className: 'notice' }, t('trend.notYet')));
    return null;
  }
  const to = end < now ? end : null;
  const { data, errors } = await query(documents[level], { code, fiscalYear: year.year, from: from.toISOString(), to: to?.toISOString() ?? null, points });
  const series = data && Object.values(data)[0]?.trend;
  if (!series) {
    show(place, title, toolbar, failure(errors));
    return null;
  }

  const chart = h('div', { className: 'chart', id: 'trend-chart', role: 'img', 'aria-label': `${t('trend.reviewOpen')}, ${t('trend.nonClinicalShare')}` });
  const figures = table(t('trend.table'),
    [{ label: t('trend.at') }, { label: t('trend.reviewOpen'), number: true }, { label: t('trend.nonClinicalShare'), number: true }, { label: t('version'), number: true }],
    series.map(p => [format.when(p.at), format.count(p.reviewOpen), format.share(p.designations.nonClinicalShare), format.plain(p.version)]),
    { id: 'trend-table' });
  show(place, title, toolbar, chart, figures);

  const plot = window.echarts.init(chart, null, { renderer: 'canvas' });
  plot.setOption({
    animation: false,
    aria: { enabled: false },
    legend: { data: [t('trend.reviewOpen'), t('trend.nonClinicalShare')], top: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 60, right: 60, top: 60, bottom: 40 },
    xAxis: { type: 'category', data: series.map(p => format.shortDate(p.at)) },
    // Scaled to the figures rather than from zero: a review moving a few per cent a month must show as a slope.
    yAxis: [{ type: 'value', name: t('trend.reviewOpen'), minInterval: 1, scale: true }, { type: 'value', name: '%', scale: true }],
    series: [
      { name: t('trend.reviewOpen'), type: 'line', data: series.map(p => p.reviewOpen) },
      { name: t('trend.nonClinicalShare'), type: 'line', yAxisIndex: 1, data: series.map(p => Math.round(p.designations.nonClinicalShare * 1000) / 10) }
    ]
  });
  const resize = () => plot.resize();
  window.addEventListener('resize', resize);
  return () => {
    window.removeEventListener('resize', resize);
    plot.dispose();
  };
}
