// 全国: Japan's headline tiles for the chosen fiscal year, live.
import { h, show } from './dom.js';
import { t } from './i18n.js';
import { query } from './api.js';
import * as format from './format.js';
import { heading, tile, tileGroup, totalsTiles, versionLine, keepLive, fiscalYearContext, failure } from './parts.js';

export async function nationalView({ place }) {
  const year = await fiscalYearContext();
  const { data, errors } = await query('dashboardNational', { fiscalYear: year.year });
  if (!data?.national) {
    show(place, heading(t('national.title')), failure(errors));
    return null;
  }
  const meta = h('span', { id: 'version-line' });
  const status = h('span', { className: 'stream', role: 'status' });
  const body = h('div', {});
  show(place, heading(t('national.title'), ' ', data.national.fiscalYear.labelJa), h('p', { className: 'meta' }, meta, status), body);

  function draw(national) {
    meta.textContent = versionLine(national);
    show(body, totalsTiles(national),
      tileGroup('section.reporting', [tile('prefecturesReporting', `${format.plain(national.prefecturesReporting)} / 47`)]));
  }

  draw(data.national);
  return keepLive('dashboardNationalLive', { fiscalYear: year.year }, status, data.national.version, draw);
}
