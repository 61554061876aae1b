// English for the words the catalog and the templates write in Chinese only: enum option values and units. The stored
// value stays Chinese (it is what reports read and departments receive); only what is shown follows the language.
// A word not listed here is shown as written. (The catalog has no English option labels yet; when it has, they win.)
import { isZh } from './i18n.js';

const VALUES = {
  // household
  在保: 'receiving', 停保: 'stopped', 未纳入: 'not enrolled', 集中供养: 'institutional care', 分散供养: 'home-based care',
  脱贫不稳定户: 'unstable out-of-poverty household', 边缘易致贫户: 'marginal household at risk of poverty', 突发严重困难户: 'household in sudden severe hardship',
  因病: 'illness', 因残: 'disability', 因学: 'schooling costs', 因灾: 'disaster', 因意外事故: 'accident', 因产业项目失败: 'failed business project',
  因务工就业不稳: 'unstable employment', 因缺劳动力: 'lack of labour', A级: 'grade A', B级: 'grade B', C级: 'grade C', D级: 'grade D',
  // person
  户主: 'head of household', 配偶: 'spouse', 子女: 'child', 父母: 'parent', 孙子女: 'grandchild', 兄弟姐妹: 'sibling', 其他: 'other',
  在家: 'at home', 外出: 'away', 已迁出: 'moved out', 已死亡: 'deceased',
  汉族: 'Han', 畲族: 'She', 回族: 'Hui', 苗族: 'Miao', 瑶族: 'Yao', 壮族: 'Zhuang', 满族: 'Manchu', 土家族: 'Tujia',
  未婚: 'single', 已婚: 'married', 离婚: 'divorced', 丧偶: 'widowed',
  学龄前儿童: 'pre-school child', 文盲或半文盲: 'illiterate or semi-literate', 小学: 'primary school', 初中: 'junior secondary',
  高中: 'senior secondary', 中专: 'vocational secondary', 大专: 'junior college', 本科及以上: "bachelor's or higher",
  一级: 'grade 1', 二级: 'grade 2', 三级: 'grade 3', 四级: 'grade 4',
  视力: 'visual', 听力: 'hearing', 言语: 'speech', 肢体: 'physical', 智力: 'intellectual', 精神: 'mental', 多重: 'multiple',
  技能劳动力: 'skilled labour', 普通劳动力: 'ordinary labour', 弱劳动力或半劳动力: 'weak or half labour', 丧失劳动力: 'lost labour ability', 无劳动力: 'no labour ability',
  务农: 'farming', 务工: 'wage work', 个体经营: 'self-employed', 公益性岗位: 'public-welfare job', 在校学生: 'student', 失业: 'unemployed', 退休: 'retired',
  乡内: 'within the township', 县内乡外: 'elsewhere in the county', 省内县外: 'elsewhere in the province', 省外: 'outside the province',
  完全自理: 'fully self-caring', 部分失能: 'partly disabled', 完全失能: 'fully disabled',
  集中养育孤儿: 'orphan in institutional care', 社会散居孤儿: 'orphan in family care', 事实无人抚养儿童: 'de-facto unsupported child',
  // departments (数源部门, a report's department)
  民政: 'Civil Affairs', 统计: 'Statistics', 农业农村: 'Agriculture and Rural Affairs', 卫健: 'Health', 乡村振兴: 'Rural Revitalization',
  残联: 'Disabled Persons’ Federation', 人社: 'Human Resources and Social Security', 组织: 'Party Organization', 应急管理: 'Emergency Management',
  // report column groups (the upper header cell)
  其中: 'of which', '80周岁及以上老年人': 'aged 80 and over', 困难残疾人生活补贴: 'living subsidy, disabled in hardship', 外出从业地点: 'where migrants work',
  按年龄: 'by age', 按监测类型: 'by monitoring type', 重度残疾人护理补贴: 'nursing subsidy, severe disability',
  // findings (智能校验, 免申即享): the gap and the outcomes recorded
  应享未享: 'eligible, not receiving', 不应享仍享: 'receiving, not eligible', 已核实: 'checked', 已申请: 'applied', 不符合: 'not eligible',
  // village
  党委: 'party committee', 党总支: 'general party branch', 党支部: 'party branch', 联合党支部: 'joint party branch',
};

const UNITS = { 元: 'yuan', 万元: '10k yuan', 个: '', 亩: 'mu', 人: 'persons', 户: 'households', 公里: 'km', 处: 'sites', '%': '%' };

/** An option value as the chosen language shows it. */
export function valueText(value) {
  if (isZh() || value === null || value === undefined) return value;
  return Object.prototype.hasOwnProperty.call(VALUES, value) ? VALUES[value] : value;
}

/** A unit as the chosen language shows it ('' when English needs none, as for 个). */
export function unitText(unit) {
  if (isZh() || !unit) return unit;
  return Object.prototype.hasOwnProperty.call(UNITS, unit) ? UNITS[unit] : unit;
}
