// The tile map: 47 prefecture tiles in the tile-grid layout, coloured by the chosen measure; a tile opens the prefecture.
import { h, show } from './dom.js';
import { t, currentLanguage } from './i18n.js';
import { query } from './api.js';
import * as format from './format.js';
import { link, navigate } from './main.js';
import { heading, fiscalYearContext, failure } from './parts.js';
import { tileGrid } from './tile-grid.js';

const activeCount = p => p.hubsByActivityStatus.find(s => s.status === 'ACTIVE')?.count ?? 0;

/** Each measure: its value for a prefecture, and how to write it. */
export const measures = {
  nonClinicalShare: { value: p => p.designations.nonClinicalShare, text: format.share },
  reviewCompletedShare: { value: p => p.review.completedShare, text: format.share },
  hubsPerArea: { value: p => (p.areas.total ? p.hubs.total / p.areas.total : 0), text: format.ratio },
  activeHubShare: { value: p => (p.hubs.total ? activeCount(p) / p.hubs.total : 0), text: format.share },
  areasWithoutActiveHub: { value: p => p.areasWithoutActiveHub, text: format.count }
};

const light = [232, 240, 250];
const dark = [8, 48, 107];

function colour(fraction) {
  return `rgb(${light.map((l, i) => Math.round(l + (dark[i] - l) * fraction)).join(', ')})`;
}

export async function mapView({ place, params }) {
  const year = await fiscalYearContext();
  const measureName = measures[params.get('measure')] ? params.get('measure') : 'nonClinicalShare';
  const measure = measures[measureName];
  const { data, errors } = await query('dashboardPrefectures', { fiscalYear: year.year });
  if (!data?.prefectures) {
    show(place, heading(t('map.title')), failure(errors));
    return null;
  }

  const values = data.prefectures.map(measure.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const fraction = v => (high > low ? (v - low) / (high - low) : 0);

  const select = h('select', { id: 'map-measure', onchange: e => navigate('map', { measure: e.target.value }) },
    Object.keys(measures).map(name => h('option', { value: name, selected: name === measureName }, t(`measure.${name}`))));
  const bar = h('span', { className: 'legend-bar', 'aria-hidden': 'true' });
  bar.style.background = `linear-gradient(to right, ${colour(0)}, ${colour(1)})`;
  const legend = h('p', { className: 'legend', id: 'map-legend' },
    `${t('map.legend')}（${t(`measure.${measureName}`)}）: ${t('map.low')} ${measure.text(low)}`, bar, `${measure.text(high)} ${t('map.high')}`);

  const grid = h('div', { className: 'tile-map', role: 'list', 'aria-label': `${t('map.title')}: ${t(`measure.${measureName}`)}` });
  data.prefectures.forEach((prefecture, i) => {
    const [column, row] = tileGrid[prefecture.code];
    const name = currentLanguage() === 'ja' ? prefecture.nameJa : prefecture.nameEn;
    const text = measure.text(values[i]);
    const tileLink = h('a', { href: link(`prefecture/${prefecture.code}`), 'data-code': prefecture.code, 'aria-label': `${name} ${text}` },
      h('span', {}, name), h('span', { className: 'tile-value', 'data-value': values[i] }, text));
    const slot = h('div', { role: 'listitem', className: 'tile-slot' }, tileLink);
    slot.style.gridColumn = String(column + 1);
    slot.style.gridRow = String(row + 1);
    tileLink.style.backgroundColor = colour(fraction(values[i]));
    if (fraction(values[i]) > 0.55) {
      tileLink.classList.add('dark');
    }
    grid.append(slot);
  });

  show(place, heading(t('map.title'), ' ', year.labelJa),
    h('div', { className: 'toolbar' }, h('label', { for: 'map-measure' }, t('map.measure')), select), legend, grid);
  return null;
}
