// Simplified Chinese first; every key also has an English text.
// The chosen language is remembered in localStorage and sent to the server as Accept-Language.

const STORAGE_KEY = 'formhub.lang';

const zh = {
  'app.name': 'FormHub 一表通',
  'app.skip': '跳到正文',
  'nav.label': '主导航',
  'nav.form': '本期一张表',
  'nav.household': '户',
  'nav.person': '人员',
  'nav.review': '乡镇审核',
  'nav.burden': '减负账',
  'header.logout': '退出',
  'header.user': '{name}（{scope}）',
  'role.cadre': '村干部',
  'role.reviewer': '乡镇审核员',
  'role.department': '部门用户',
  'role.admin': '管理员',

  'common.loading': '正在加载…',
  'common.save': '保存',
  'common.cancel': '取消',
  'common.close': '关闭',
  'common.reload': '重新加载',
  'common.yes': '是',
  'common.no': '否',
  'common.unset': '（未填）',
  'common.none': '无',
  'common.prev': '上一页',
  'common.next': '下一页',
  'common.period': '期别',
  'common.search': '搜索',
  'common.retry': '重试',
  'common.saving': '正在保存…',
  'common.unit': '单位：{unit}',

  'error.network': '无法连接服务器，请检查网络后重试。',
  'error.generic': '操作失败（{status}）。',
  'error.notFound': '页面不存在。',
  'error.forbidden': '您无权访问此内容。',
  'error.noCapture': '您的账号没有填报范围，不能使用此页面。',
  'error.fixFields': '有 {n} 项需要修改，见标红处。',

  'login.title': '登录',
  'login.intro': '村干部填报、乡镇审核、部门查阅，一次填报，多级复用。',
  'login.user': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.busy': '正在登录…',
  'login.required': '请输入用户名和密码。',

  'status.draft': '填报中',
  'status.submitted': '已提交',
  'status.returned': '已退回',
  'status.approved': '已审核',
  'status.late': '逾期',
  'status.revision': '第{n}次更正',

  'form.title': '{village} · {period}',
  'form.subtitle': '{township} · 截止日期 {due}',
  'form.summary': '本期概况',
  'summary.reports': '本期应报报表',
  'summary.reportsValue': '{n} 张',
  'summary.cells': '已自动生成单元格',
  'summary.typed': '实际录入',
  'summary.fillFree': '免填率',
  'summary.status': '提交状态',
  'summary.updated': '{user} · {at}',
  'summary.returnComment': '审核退回意见：{comment}',
  'summary.lateNote': '已超过截止日期',
  'summary.reportList': '本期报表清单（{n} 张）',
  'summary.reportCells': '{cells} 个单元格',
  'summary.reportDue': '截止 {due}',
  'summary.missing': '尚需填写',
  'summary.missingNone': '没有待填写的项目。',
  'summary.missingItem': '{entity}：{field}（{n} 条）',
  'summary.missingOne': '{entity}：{field}',
  'summary.reviseReason': '更正原因：{comment}',
  'summary.reviewComment': '审核意见：{comment}',
  'summary.note': '备注：{comment}',
  'checks.title': '校验问题',
  'checks.none': '全部校验通过。',
  'checks.count': '{errors} 个错误，{warnings} 个提示',
  'checks.error': '错误',
  'checks.warning': '提示',
  'checks.passed': '通过',

  'village.title': '本村基本情况',
  'village.periodic': '本期填报数据',
  'periodic.hint': '月度数记入本月，季度数、年度数记入所属季度、年度。',
  'village.noFields': '本期没有需要填写的村级事实。',
  'save.ok': '已保存。',
  'save.nothing': '没有修改。',
  'save.failed': '未保存，请修改标红的项目。',
  'save.conflict': '数据已被他人修改。',
  'save.locked': '本期已提交或已审核，不能修改。',

  'submit.button': '提交本期',
  'submit.title': '确认提交本期数据',
  'submit.intro': '提交前请核对以下校验结果：',
  'submit.errorsWarning': '仍有 {n} 个错误，改正后才能提交。',
  'submit.allPassed': '全部校验通过，可以提交。',
  'submit.confirm': '确认提交',
  'submit.ok': '已提交，等待乡镇审核。',
  'submit.notEditable': '本期已提交或已审核，当前不能修改。',
  'revise.button': '申请更正',
  'revise.title': '申请更正已审核的数据',
  'revise.reason': '更正原因',
  'revise.confirm': '开始更正',
  'revise.required': '请填写更正原因。',
  'revise.ok': '已开始更正：修改后请重新提交。',

  'roster.person': '人员名册',
  'roster.household': '户名册',
  'roster.search.person': '搜索姓名或身份证号',
  'roster.search.household': '搜索户主姓名或户号',
  'roster.includeRetired': '显示已注销',
  'roster.add': '新增',
  'roster.status': '状态',
  'roster.active': '正常',
  'roster.retired': '已注销',
  'roster.retiredWith': '已注销（{reason}，{date}）',
  'roster.empty': '没有符合条件的记录。',
  'roster.pageInfo': '第 {page} / {pages} 页，共 {total} 条',
  'roster.readOnly': '只读',
  'roster.open': '编辑',

  'entity.new': '新增{type}',
  'entity.edit': '编辑{type}：{name}',
  'entity.view': '{type}：{name}',
  'entity.basic': '基本信息',
  'entity.periodic': '本期填报数据（{period}）',
  'entity.validFrom': '生效日期',
  'entity.validFromHint': '这次修改从哪一天起生效',
  'entity.derived': '由身份证号自动推算',
  'entity.birth_date': '出生日期',
  'entity.gender': '性别',
  'entity.age': '年龄',
  'entity.created': '已新增。',
  'entity.saved': '已保存。',
  'entity.chooseRef': '请选择',
  'entity.masked': '已脱敏',
  'entity.retire': '注销',
  'entity.retireTitle': '注销此记录',
  'entity.version': '版本 {v}',
  'retire.date': '注销日期',
  'retire.reason': '注销原因',
  'retire.note': '备注',
  'retire.confirm': '确认注销',
  'retire.ok': '已注销。',
  'retire.required': '请选择注销日期和原因。',
  'reason.death': '死亡',
  'reason.movedOut': '迁出',
  'reason.dissolved': '户销户',
  'reason.duplicate': '重复录入',
  'reason.other': '其他',
  'gender.male': '男',
  'gender.female': '女',
  'age.value': '{n} 岁',

  'review.title': '乡镇审核',
  'review.subtitle': '{unit} · {period}',
  'review.counts': '填报中 {draft} · 已提交 {submitted} · 已退回 {returned} · 已审核 {approved} · 逾期 {late}',
  'review.col.village': '村（社区）',
  'review.col.code': '区划代码',
  'review.col.status': '状态',
  'review.col.updated': '最后更新',
  'review.col.comment': '意见',
  'review.open': '查看',
  'review.back': '返回审核列表',
  'review.actions': '审核',
  'review.comment': '审核意见',
  'review.commentHint': '退回时必须填写，村干部会看到这段意见。',
  'review.approve': '通过',
  'review.return': '退回',
  'review.commentRequired': '退回时必须填写审核意见。',
  'review.approvedOk': '已通过审核。',
  'review.returnedOk': '已退回，村干部会看到您的意见。',
  'review.notSubmitted': '该村本期尚未提交（{status}），暂不能审核。',
  'review.revisionNote': '这是审核通过后的第 {n} 次更正，请重点核对修改内容。',
  'review.reports': '派生报表',
  'review.noReports': '本期没有派生报表。',
  'review.expandAll': '全部展开',
  'review.collapseAll': '全部收起',
  'review.villageFacts': '村级事实',
  'review.rosters': '名册',
  'review.audit': '操作记录',
  'review.noAudit': '没有操作记录。',
  'review.empty': '没有村（社区）。',
  'review.col.township': '乡镇（街道）',
  'review.filter': '按状态筛选',
  'review.filterAll': '全部',
  'review.col.at': '时间',
  'review.col.user': '操作人',
  'review.col.action': '操作',
  'review.col.detail': '说明',
  'review.currentComment': '当前意见：{comment}',
  'review.readOnlyRole': '只有乡镇审核员可以通过或退回。',
  'audit.submit': '提交',
  'audit.approve': '审核通过',
  'audit.return': '退回',
  'audit.revise': '申请更正',
  'audit.sign-in': '登录',
  'audit.sign-in-failed': '登录失败',
  'report.column': '指标',
  'report.value': '数值',
  'report.checks': '校验',
  'report.narrative': '文字说明',
  'report.department': '{department} · {period}',

  'burden.title': '减负账',
  'burden.subtitle': '{unit} · {period}',
  'burden.reports': '报表数',
  'burden.villages': '村（社区）数',
  'burden.cells': '自动生成单元格',
  'burden.typed': '实际录入',
  'burden.fillFree': '免填率',
  'burden.explain': '免填率 = （自动生成的单元格 − 实际录入的数值）÷ 自动生成的单元格。',
};

const en = {
  'app.name': 'FormHub One Form',
  'app.skip': 'Skip to content',
  'nav.label': 'Main navigation',
  'nav.form': 'This period\'s form',
  'nav.household': 'Households',
  'nav.person': 'Persons',
  'nav.review': 'Township review',
  'nav.burden': 'Burden ledger',
  'header.logout': 'Sign out',
  'header.user': '{name} ({scope})',
  'role.cadre': 'Village cadre',
  'role.reviewer': 'Township reviewer',
  'role.department': 'Department user',
  'role.admin': 'Administrator',

  'common.loading': 'Loading…',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.reload': 'Reload',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.unset': '(not set)',
  'common.none': 'None',
  'common.prev': 'Previous',
  'common.next': 'Next',
  'common.period': 'Period',
  'common.search': 'Search',
  'common.retry': 'Retry',
  'common.saving': 'Saving…',
  'common.unit': 'Unit: {unit}',

  'error.network': 'Cannot reach the server. Check the connection and try again.',
  'error.generic': 'The request failed ({status}).',
  'error.notFound': 'Page not found.',
  'error.forbidden': 'You are not allowed to see this.',
  'error.noCapture': 'Your account has no capture scope, so this page is not available.',
  'error.fixFields': '{n} field(s) need attention; see the ones marked in red.',

  'login.title': 'Sign in',
  'login.intro': 'Village cadres fill in, townships review, departments read: enter once, reuse at every level.',
  'login.user': 'User name',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.busy': 'Signing in…',
  'login.required': 'Enter your user name and password.',

  'status.draft': 'Draft',
  'status.submitted': 'Submitted',
  'status.returned': 'Returned',
  'status.approved': 'Approved',
  'status.late': 'Late',
  'status.revision': 'Revision {n}',

  'form.title': '{village} · {period}',
  'form.subtitle': '{township} · due {due}',
  'form.summary': 'This period at a glance',
  'summary.reports': 'Reports due this period',
  'summary.reportsValue': '{n}',
  'summary.cells': 'Cells generated automatically',
  'summary.typed': 'Values typed',
  'summary.fillFree': 'Filled without typing',
  'summary.status': 'Submission status',
  'summary.updated': '{user} · {at}',
  'summary.returnComment': 'Reviewer\'s reason for returning: {comment}',
  'summary.lateNote': 'Past the due date',
  'summary.reportList': 'Reports this period ({n})',
  'summary.reportCells': '{cells} cells',
  'summary.reportDue': 'due {due}',
  'summary.missing': 'Still to fill in',
  'summary.missingNone': 'Nothing is missing.',
  'summary.missingItem': '{entity}: {field} ({n})',
  'summary.missingOne': '{entity}: {field}',
  'summary.reviseReason': 'Reason for the correction: {comment}',
  'summary.reviewComment': 'Reviewer\'s comment: {comment}',
  'summary.note': 'Note: {comment}',
  'checks.title': 'Validation problems',
  'checks.none': 'All checks pass.',
  'checks.count': '{errors} error(s), {warnings} warning(s)',
  'checks.error': 'Error',
  'checks.warning': 'Warning',
  'checks.passed': 'Passed',

  'village.title': 'Village facts',
  'village.periodic': 'Figures for this period',
  'periodic.hint': 'Monthly figures count for the month; quarterly and yearly ones for their quarter or year.',
  'village.noFields': 'No village facts are needed this period.',
  'save.ok': 'Saved.',
  'save.nothing': 'Nothing changed.',
  'save.failed': 'Not saved: correct the fields marked in red.',
  'save.conflict': 'Someone else changed this data.',
  'save.locked': 'This period is submitted or approved and cannot be changed.',

  'submit.button': 'Submit this period',
  'submit.title': 'Submit this period\'s data',
  'submit.intro': 'Check these results before submitting:',
  'submit.errorsWarning': '{n} error(s) remain; fix them before submitting.',
  'submit.allPassed': 'All checks pass; ready to submit.',
  'submit.confirm': 'Submit',
  'submit.ok': 'Submitted for township review.',
  'submit.notEditable': 'This period is submitted or approved and cannot be edited now.',
  'revise.button': 'Request a correction',
  'revise.title': 'Correct approved data',
  'revise.reason': 'Reason for the correction',
  'revise.confirm': 'Start correction',
  'revise.required': 'Enter the reason for the correction.',
  'revise.ok': 'Correction started: edit the data and submit again.',

  'roster.person': 'Persons',
  'roster.household': 'Households',
  'roster.search.person': 'Search by name or ID number',
  'roster.search.household': 'Search by head of household or register number',
  'roster.includeRetired': 'Show retired',
  'roster.add': 'Add',
  'roster.status': 'Status',
  'roster.active': 'Active',
  'roster.retired': 'Retired',
  'roster.retiredWith': 'Retired ({reason}, {date})',
  'roster.empty': 'No matching records.',
  'roster.pageInfo': 'Page {page} of {pages}, {total} records',
  'roster.readOnly': 'Read only',
  'roster.open': 'Edit',

  'entity.new': 'Add {type}',
  'entity.edit': 'Edit {type}: {name}',
  'entity.view': '{type}: {name}',
  'entity.basic': 'Basic information',
  'entity.periodic': 'This period ({period})',
  'entity.validFrom': 'Effective from',
  'entity.validFromHint': 'The day from which this change applies',
  'entity.derived': 'Worked out from the ID number',
  'entity.birth_date': 'Date of birth',
  'entity.gender': 'Gender',
  'entity.age': 'Age',
  'entity.created': 'Added.',
  'entity.saved': 'Saved.',
  'entity.chooseRef': 'Choose…',
  'entity.masked': 'Masked',
  'entity.retire': 'Retire',
  'entity.retireTitle': 'Retire this record',
  'entity.version': 'Version {v}',
  'retire.date': 'Date',
  'retire.reason': 'Reason',
  'retire.note': 'Note',
  'retire.confirm': 'Retire',
  'retire.ok': 'Retired.',
  'retire.required': 'Choose a date and a reason.',
  'reason.death': 'Death',
  'reason.movedOut': 'Moved out',
  'reason.dissolved': 'Household dissolved',
  'reason.duplicate': 'Duplicate entry',
  'reason.other': 'Other',
  'gender.male': 'Male',
  'gender.female': 'Female',
  'age.value': '{n} years',

  'review.title': 'Township review',
  'review.subtitle': '{unit} · {period}',
  'review.counts': 'Draft {draft} · Submitted {submitted} · Returned {returned} · Approved {approved} · Late {late}',
  'review.col.village': 'Village',
  'review.col.code': 'Code',
  'review.col.status': 'Status',
  'review.col.updated': 'Last update',
  'review.col.comment': 'Comment',
  'review.open': 'Open',
  'review.back': 'Back to the review list',
  'review.actions': 'Review',
  'review.comment': 'Review comment',
  'review.commentHint': 'Required when returning; the cadre will see it.',
  'review.approve': 'Approve',
  'review.return': 'Return',
  'review.commentRequired': 'A comment is required to return the period.',
  'review.approvedOk': 'Approved.',
  'review.returnedOk': 'Returned; the cadre will see your comment.',
  'review.notSubmitted': 'This village has not submitted this period ({status}); nothing to review yet.',
  'review.revisionNote': 'This is correction no. {n} after approval; check what changed.',
  'review.reports': 'Derived reports',
  'review.noReports': 'No derived reports this period.',
  'review.expandAll': 'Expand all',
  'review.collapseAll': 'Collapse all',
  'review.villageFacts': 'Village facts',
  'review.rosters': 'Rosters',
  'review.audit': 'Audit trail',
  'review.noAudit': 'No audit entries.',
  'review.empty': 'No villages.',
  'review.col.township': 'Township',
  'review.filter': 'Filter by status',
  'review.filterAll': 'All',
  'review.col.at': 'Time',
  'review.col.user': 'User',
  'review.col.action': 'Action',
  'review.col.detail': 'Detail',
  'review.currentComment': 'Current comment: {comment}',
  'review.readOnlyRole': 'Only township reviewers approve or return.',
  'audit.submit': 'Submitted',
  'audit.approve': 'Approved',
  'audit.return': 'Returned',
  'audit.revise': 'Correction requested',
  'audit.sign-in': 'Signed in',
  'audit.sign-in-failed': 'Sign-in failed',
  'report.column': 'Indicator',
  'report.value': 'Value',
  'report.checks': 'Checks',
  'report.narrative': 'Narrative',
  'report.department': '{department} · {period}',

  'burden.title': 'Burden ledger',
  'burden.subtitle': '{unit} · {period}',
  'burden.reports': 'Reports',
  'burden.villages': 'Villages',
  'burden.cells': 'Cells generated',
  'burden.typed': 'Values typed',
  'burden.fillFree': 'Filled without typing',
  'burden.explain': 'Fill-free rate = (cells generated − values typed) ÷ cells generated.',
};

export const dictionaries = { 'zh-CN': zh, en };

const listeners = new Set();

function initialLang() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch { /* storage unavailable */ }
  return 'zh-CN';
}

let lang = initialLang();

export function getLang() { return lang; }
export function isZh() { return lang === 'zh-CN'; }

export function setLang(next) {
  if (next !== 'en' && next !== 'zh-CN') return;
  lang = next;
  try { localStorage.setItem(STORAGE_KEY, next); } catch { /* ignore */ }
  document.documentElement.lang = next;
  for (const fn of listeners) fn(next);
}

export function onLangChange(fn) { listeners.add(fn); return () => listeners.delete(fn); }

/** Translate a key, substituting {name} placeholders. Missing keys fall back to Chinese, then to the key. */
export function t(key, params) {
  const dict = dictionaries[lang];
  let text = dict[key] ?? zh[key] ?? key;
  if (params) {
    text = text.replace(/\{(\w+)\}/g, (m, name) => (params[name] !== undefined && params[name] !== null ? String(params[name]) : m));
  }
  return text;
}

/** Pick labelZh / labelEn (or zh / en) from an object the API returned. */
export function label(obj, fallback = '') {
  if (!obj) return fallback;
  if (lang === 'en') return obj.labelEn || obj.en || obj.labelZh || obj.zh || obj.name || fallback;
  return obj.labelZh || obj.zh || obj.labelEn || obj.en || obj.name || fallback;
}

// ---- numbers and dates -------------------------------------------------------------------------

export function fmtNum(value, maxFraction = 2) {
  if (value === null || value === undefined || value === '') return '';
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: maxFraction }).format(n);
}

export function fmtPercent(value) {
  if (value === null || value === undefined || value === '') return '–';
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n) + '%';
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Split an ISO date or date-time into parts without a time-zone shift for plain dates. */
function dateParts(value) {
  if (!value) return null;
  const s = String(value);
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (plain) return { y: +plain[1], m: +plain[2], d: +plain[3], time: null };
  const dt = new Date(s);
  if (Number.isNaN(dt.getTime())) return null;
  const pad = (n) => String(n).padStart(2, '0');
  return { y: dt.getFullYear(), m: dt.getMonth() + 1, d: dt.getDate(), time: `${pad(dt.getHours())}:${pad(dt.getMinutes())}` };
}

/** 2026年11月30日 (Chinese) or 30 Nov 2026 (English). */
export function fmtDate(value) {
  const p = dateParts(value);
  if (!p) return value ? String(value) : '';
  return lang === 'en' ? `${p.d} ${MONTHS_EN[p.m - 1]} ${p.y}` : `${p.y}年${p.m}月${p.d}日`;
}

export function fmtDateTime(value) {
  const p = dateParts(value);
  if (!p) return value ? String(value) : '';
  const date = lang === 'en' ? `${p.d} ${MONTHS_EN[p.m - 1]} ${p.y}` : `${p.y}年${p.m}月${p.d}日`;
  return p.time ? `${date} ${p.time}` : date;
}

/** A period key the client made up itself (the selector); the API's own display text wins when it has one. */
export function fmtPeriodKey(key) {
  const s = String(key || '');
  let m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return lang === 'en' ? `${MONTHS_EN[+m[2] - 1]} ${m[1]}` : `${m[1]}年${+m[2]}月`;
  m = /^(\d{4})Q([1-4])$/.exec(s);
  if (m) return lang === 'en' ? `Q${m[2]} ${m[1]}` : `${m[1]}年第${'一二三四'[+m[2] - 1]}季度`;
  m = /^(\d{4})$/.exec(s);
  if (m) return lang === 'en' ? m[1] : `${m[1]}年度`;
  return s;
}

document.documentElement.lang = lang;
