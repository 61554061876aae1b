// 名册导出: the current roster of the viewer's area (households, persons or village records, with a month's periodic
// values) as .xlsx or CSV (UTF-8 with BOM, so Excel opens it). The server checks the area against the viewer's scope
// and masks ID and phone numbers for whoever may not see them in full; the panel only builds the download link.
import { dictionaries, t } from './i18n.js';
import { Downloads } from './api.js';
import { h } from './ui.js';

Object.assign(dictionaries['zh-CN'], {
  'rosterExport.title': '名册导出',
  'rosterExport.hint': '导出{unit}当前在册的记录及{period}的按期数据。身份证号、电话按你的权限遮蔽，导出记入审计日志。',
  'rosterExport.type': '名册',
  'rosterExport.type.household': '户',
  'rosterExport.type.person': '人员',
  'rosterExport.type.village': '村（居）基本情况',
  'rosterExport.format': '格式',
  'rosterExport.format.xlsx': 'Excel（.xlsx）',
  'rosterExport.format.csv': 'CSV（UTF-8，Excel 可直接打开）',
  'rosterExport.download': '导出名册',
  'rosterExport.xlsx': '导出 Excel',
  'rosterExport.csv': '导出 CSV',
  'rosterExport.linksHint': '导出本村当前在册的全部记录（含{period}的按期数据），记入审计日志',
});

Object.assign(dictionaries.en, {
  'rosterExport.title': 'Roster export',
  'rosterExport.hint': 'Exports the records currently registered in {unit}, with the periodic values of {period}. ID and phone numbers are masked as your rights require; the export is recorded in the audit trail.',
  'rosterExport.type': 'Roster',
  'rosterExport.type.household': 'Households',
  'rosterExport.type.person': 'Persons',
  'rosterExport.type.village': 'Village facts',
  'rosterExport.format': 'Format',
  'rosterExport.format.xlsx': 'Excel (.xlsx)',
  'rosterExport.format.csv': 'CSV (UTF-8, opens in Excel)',
  'rosterExport.download': 'Export the roster',
  'rosterExport.xlsx': 'Export Excel',
  'rosterExport.csv': 'Export CSV',
  'rosterExport.linksHint': 'Exports every record currently registered in the village (with the periodic values of {period}); recorded in the audit trail',
});

const TYPES = ['household', 'person', 'village'];
const FORMATS = ['xlsx', 'csv'];

/** The export panel for `unit` (code) named `unitName`, with the periodic values of `periodKey`. */
export function rosterExportSection({ unit, unitName, periodKey, periodText }) {
  const type = h('select', { id: 'roster-export-type', 'data-testid': 'roster-export-type' },
    TYPES.map((v) => h('option', { value: v }, t(`rosterExport.type.${v}`))));
  const format = h('select', { id: 'roster-export-format', 'data-testid': 'roster-export-format' },
    FORMATS.map((v) => h('option', { value: v }, t(`rosterExport.format.${v}`))));
  const link = h('a', { class: 'btn btn-primary', download: '', id: 'roster-export-download', 'data-testid': 'roster-export-download' }, t('rosterExport.download'));
  const update = () => { link.href = Downloads.roster(unit, type.value, format.value, periodKey); };
  type.addEventListener('change', update);
  format.addEventListener('change', update);
  update();
  return h('section', { class: 'panel', id: 'roster-export', 'data-testid': 'roster-export', 'aria-labelledby': 'roster-export-title' },
    h('h2', { id: 'roster-export-title' }, t('rosterExport.title')),
    h('p', { class: 'hint' }, t('rosterExport.hint', { unit: unitName || unit, period: periodText || periodKey })),
    h('div', { class: 'field field-inline' }, h('label', { for: 'roster-export-type' }, t('rosterExport.type')), type),
    h('div', { class: 'field field-inline' }, h('label', { for: 'roster-export-format' }, t('rosterExport.format')), format),
    h('p', null, link));
}

/**
 * The roster page's own export (the cadre's village, the type on screen): two download links, .xlsx and CSV. The server
 * checks the village against the cadre's scope and masks as it does for the roster.
 */
export function rosterExportLinks({ unit, entityType, periodKey, periodText }) {
  const link = (format) => h('a', {
    class: 'btn btn-small', download: '', href: Downloads.roster(unit, entityType, format, periodKey),
    'data-testid': `roster-export-${format}`, title: t('rosterExport.linksHint', { period: periodText || periodKey }),
  }, t(`rosterExport.${format}`));
  return h('span', { class: 'roster-export-links', 'data-testid': 'roster-export-links' }, link('xlsx'), link('csv'));
}
