import { withOwnRow } from '../core/row-ref';
import type { OtherDocument, TextFormat } from '../core/input-failure';
import type { CodeExtra } from '../core/table/written-codes';
import type { RankOwner } from '../core/finding';
import type { Messages } from './messages';

const USAGE = `用法：
  quota-check 推荐表.xlsx [选项]
  quota-check 推荐表.xlsx --clear [--all] --out 副本.xlsx

选项：
  --sheet 工作表名           只检查该工作表（可重复）；默认检查全部数据表
  --recommender-type 类型    推荐单位类型，写代号或中文名均可：province（省、自治区、直辖市，15项）、
                             planned-city（计划单列市，5项）、ai-org（人工智能相关行业组织，15项）、
                             central（中央企业集团，3项）、ministry-unit（部属单位，3项）
  --winners 文件             前期揭榜优胜项目名单（.xlsx、.csv）
  --directions 文件          申报指南的揭榜方向清单（.txt 每行一个方向或“类别<Tab>方向”，或 .xlsx、.csv）
  --profile 文件             其他政策配置（JSON）
  --json                     输出 JSON 报告
  --out 文件.xlsx            另存一份带校验标记的副本（标记问题单元格，生成校验报告和汇总表）；从不改动原文件
  --clear --out 文件.xlsx    另存一份清除了校验标记、校验报告的副本
  --all                      与 --clear 同用：连汇总表一并删除
  --lang zh-CN|en-US         报告语言（默认中文）
  --help                     显示本说明
  --version                  显示版本号

退出码：0 未发现错误；1 发现错误；2 无法检查（原因见提示）`;

/** Where a list kept in the workbook came from: `（取自工作表“前期揭榜优胜项目”）`. */
const fromSheets = (sheets: readonly string[] | undefined) =>
  sheets ? `（取自工作表${sheets.map((name) => `“${name}”`).join('、')}）` : '';

/** Whose ranks a rank-invalid finding speaks of, where a sheet ranks per recommender: `“武汉市经济和信息化局”的`. */
const rankOwner = ({ recommender, unnamedRecommender }: RankOwner) =>
  unnamedRecommender ? '未写明推荐单位的行的' : recommender === undefined ? '' : `“${recommender}”的`;

/** The line of the summaries for the rows whose 揭榜方向 is blank. */
const NO_DIRECTION = '（未填写揭榜方向）';

/** Whose code a uscc-invalid finding quotes, where the cell writes one for each unit: `第 2 个单位的`. */
const zhWhose = ({ position }: { position?: number }) => (position ? `第 ${position} 个单位的` : '');

/** The code a uscc-invalid finding quotes: `统一社会信用代码“…”`, or `第 2 个单位的统一社会信用代码“…”`. */
const zhCode = (v: { code: string; position?: number }) => `${zhWhose(v)}统一社会信用代码“${v.code}”`;

/** What a code cell writes beside the code: `前面的“代码：”和后面的“（已核验）”`. */
const zhExtras = (extras: readonly CodeExtra[]) => {
  const named = extras.map(
    ({ kind, text }) =>
      ({ apostrophe: '开头的撇号', hyphen: '连字符', label: '前面的', remark: '后面的' })[kind] + `“${text}”`,
  );
  return named.length > 1 ? `${named.slice(0, -1).join('、')}和${named[named.length - 1]}` : named.join('');
};

const zhCellRef = (column: string | null, row: number, forRow?: number) =>
  column ? `${column}${row}${forRow ? `（第 ${forRow} 行）` : ''}` : `第 ${row} 行`;

/** 简体中文（默认语言）。规则名称沿用通知原文。 */
// prettier-ignore
export const zhCN: Messages = {
  rules: {
    'unit-over-limit':      { name: (n) => `每个主体申报不超过${n.unitLimit}个项目`, message: ({ values: v, sheet, row, related }, rows) => `“${v.unit}”共申报 ${v.count} 项（${rows(withOwnRow({ sheet, row }, related ?? []))}），超过“每个主体申报不超过${v.limit}个项目”的规定，须减少 ${v.count - v.limit} 项` },
    'quota-exceeded':       { name: () => '推荐项目数量上限', message: ({ values: v }) => `${zhCN.nameList(v.recommenders) || '本推荐单位'}（${v.typeFrom === 'default' ? `${zhCN.typeUnknown}，${zhCN.typeSources.default}` : v.capOf === 'province' ? `${zhCN.feederType}，计入${v.province ?? '所在省份'}的指标` : zhCN.recommenderTypes[v.type]}）共推荐 ${v.counted} 项，超过${v.capOf === 'province' ? `${v.province ?? '所在省份'}的指标` : '上限'} ${v.cap} 项，须再减少 ${v.drop} 项；本行在上限之外` },
    'previous-winner':      { name: () => '已列入前期揭榜优胜项目的不得重复申报', message: ({ values: v }) => v.sameUnit ? `“${v.project}”已列入前期揭榜优胜项目，不得重复申报` : v.winnerUnit ? `同名项目曾获前期揭榜优胜（${v.winnerUnit}），请核实是否为同一项目` : '同名项目曾获前期揭榜优胜；优胜名单未列出其单位，无法比对是否为同一单位，请核实是否为同一项目' },
    'previous-winner-unit': { name: () => '前期揭榜优胜单位', message: ({ values: v }) => `“${v.unit}”${v.winnerUnit ? `按统一社会信用代码或所属单位认定为前期揭榜优胜单位“${v.winnerUnit}”，它` : ''}${v.winnerProject ? `曾以“${v.winnerProject}”` : '曾'}获前期揭榜优胜；可以申报其他项目，但请核实本项目不是同一项目` },
    'duplicate-project':    { name: () => '项目重复', message: ({ values: v, related }, rows) => `项目“${v.project}”重复出现，另见${rows(related ?? [])}${v.sameUnit ? '' : v.otherUnit ? `（其中${rows(v.otherUnit, v.otherUnitCount ?? v.otherUnit.length)}申报单位不同）` : '（申报单位不同）'}` },
    'similar-project':      { name: () => '项目名称高度相似', message: (f, rows) => `项目名称与${rows(f.related ?? [])}的“${f.values.otherProject}”高度相似（${Math.round(f.values.similarity * 100)}%），请核实是否为同一项目` },
    'uscc-invalid':         { name: () => '统一社会信用代码有误', message: ({ values: v }) => v.problem === 'several' ? `统一社会信用代码格填了${v.codes === 2 ? '两' : ` ${v.codes} `}个代码（“${v.code}”），${v.units === 1 ? '申报单位格只写了一个单位：请只填该单位的代码' : `申报单位格写了 ${v.units} 个单位，无法一一对应：联合申报时请按申报单位格中单位的顺序，每个单位填一个代码`}` : v.problem === 'extra' ? `${zhCode(v)}中多了${zhExtras(v.extra)}，请删去，只填 18 位代码` : ({
      length:     `${zhCode(v)}应为 18 位`,
      alphabet:   `${zhCode(v)}含有不允许的字符（代码不使用 I、O、S、V、Z）`,
      check:      `${zhCode(v)}的校验位不符合 GB 32100-2015，请对照营业执照核实`,
      'org-code': `${zhWhose(v)}“${v.code}”是 9 位组织机构代码，不是 18 位统一社会信用代码`,
      'registration-number': `${zhWhose(v)}“${v.code}”是 15 位的旧工商注册号，不是 18 位统一社会信用代码；请按营业执照填写统一社会信用代码`,
    })[v.problem] },
    'uscc-conflict':        { name: () => '统一社会信用代码与单位名称不一致', message: ({ values: v }) => v.kind === 'code-two-names' ? `同一统一社会信用代码 ${v.code} 对应不同单位名称：“${v.unit}”与“${v.others.join('”“')}”${v.othersCount ? `等 ${v.othersCount} 个名称` : ''}${v.count && v.limit ? `，按名称分别计数；一个代码只属于一个法人，若为同一单位，共 ${v.count} 项，超过“每个主体申报不超过${v.limit}个项目”的规定：请核对名称和代码，或减少 ${v.count - v.limit} 项` : '，请核对'}` : `单位“${v.unit}”填写了不同的统一社会信用代码：${v.code} 与 ${v.others.join('、')}${v.othersCount ? ` 等 ${v.othersCount} 个代码` : ''}${v.count && v.limit ? `；名称相同，多半是同一单位，若为同一单位，共 ${v.count} 项，超过“每个主体申报不超过${v.limit}个项目”的规定：请核对代码，或减少 ${v.count - v.limit} 项` : '，请核对'}` },
    'id-as-number':         { name: () => '代码或电话被存成数字', message: ({ values: v }) => v.field === 'uscc' ? (v.digitsLost ? `统一社会信用代码被存成了数字（显示为 ${v.text}），后几位已经丢失、无法恢复；请把该列设为“文本”格式后重新录入` : `统一社会信用代码被存成了数字（显示为 ${v.text}）；代码应按文本录入，请把该列设为“文本”格式后按营业执照重新录入`) : `电话被存成了数字，开头的 0 已丢失（显示为 ${v.text}）；请把该列设为“文本”格式后重新录入` },
    'direction-unknown':    { name: (n) => `揭榜方向不在${n.directionsExpected}个细化方向之中`, message: ({ values: v }) => v.categoryAlone ? `揭榜方向一栏填的是类别“${v.direction}”，不是揭榜方向；请按申报指南填写该项目的细化揭榜方向` : v.several ? `揭榜方向填了 ${v.several.length} 个：${v.several.map((d) => `“${d}”`).join('')}；每个项目应只填一个揭榜方向，请核实后只保留一个` : v.repeated ? `揭榜方向“${v.direction}”把“${v.repeated}”写了不止一遍，已按“${v.repeated}”计；请只填一遍` : `揭榜方向“${v.direction}”不在${v.listComplete ? '申报指南的揭榜方向中' : v.listTooLong ? '揭榜方向清单中（清单中的方向多于通知所列的数量，请核对清单）' : v.listGiven ? '所给的揭榜方向清单中（清单不完整，请对照申报指南补全）' : '已知揭榜方向中（方向清单不完整，请提供申报指南的完整清单）'}${v.nearest ? `，是否应为“${v.nearest}”？` : ''}` },
    'category-mismatch':    { name: () => '所属类别与揭榜方向不符', message: ({ values: v }) => `所属类别“${v.category}”与揭榜方向“${v.direction}”不符，应为“${v.expected}”` },
    'required-missing':     { name: () => '必填项为空', message: ({ values: v }) => v.missingColumn ? `本表缺少“${zhCN.fields[v.field]}”列${v.orgCodeLabel ? `（18位）；“${v.orgCodeLabel}”列是旧的9位组织机构代码，不能代替它` : ''}` : (v.errorValue ? `“${v.label || zhCN.fields[v.field]}”显示为错误值“${v.errorValue}”，没有有效内容；请检查该单元格的公式或重新填写` : `“${v.label || zhCN.fields[v.field]}”未填写${v.written ? `（只填了“${v.written}”）` : ''}`) },
    'not-legal-entity':     { name: () => '申报单位应具备独立法人资格', message: ({ values: v }) => v.reason === 'branch' ? `“${v.unit}”含“${v.word}”，可能不具备独立法人资格（通知要求申报主体具备独立法人资格），请核实` : v.reason === 'university-part' ? `“${v.unit}”是${v.word}的院系或内设研究机构，一般不具备独立法人资格（通知要求申报主体具备独立法人资格）；申报单位请填写“${v.word}”，或核实其已单独登记为法人` : v.reason === 'university-affiliate' ? `“${v.unit}”以${v.word}命名，${v.counted ? `填的是${v.word}的统一社会信用代码，已计入${v.word}的项目数；若它单独登记为法人（通知要求申报主体具备独立法人资格），请填写它自己的统一社会信用代码` : `可能是单独登记的独立学院或机构，未计入${v.word}的项目数；请核实其具备独立法人资格（通知要求申报主体具备独立法人资格），统一社会信用代码应是它自己的`}` : v.reason === 'consortium' ? `“${v.unit}”是联合体，联合体不是独立法人（通知要求申报主体具备独立法人资格）；申报单位请填写牵头的成员单位，其他成员单位填作联合申报单位` : v.reason === 'standing-consortium' ? `“${v.unit}”是联合体，请核实它已登记为法人（如社会团体，统一社会信用代码以 5 开头）并填写它自己的统一社会信用代码；未登记的联合体不具备独立法人资格（通知要求申报主体具备独立法人资格），应由牵头的成员单位申报` : v.reason === 'company-part' || v.reason === 'institute-part' ? `“${v.unit}”是${v.word}的内设机构，一般不具备独立法人资格（通知要求申报主体具备独立法人资格）；申报单位请填写“${v.word}”，或核实其已单独登记为法人` : `统一社会信用代码以 92 开头，是个体工商户，不具备独立法人资格，请核实` },
    'phone-invalid':        { name: () => '联系电话格式有误', message: ({ values: v }) => v.problem === 'error-value' ? `电话显示为错误值“${v.phone}”，没有有效号码；请检查该单元格的公式或重新填写` : v.problem === 'no-area-code' ? `电话“${v.phone}”缺少区号；部里从北京来电，请补上区号` : v.problem === 'fax-only' ? `电话“${v.phone}”只有传真号码，传真联系不到联系人；请填写手机号或带区号的固定电话` : `电话“${v.phone}”既不是手机号，也不是带区号的固定电话` },
    'rank-invalid':         { name: () => '推荐排序或是否推荐填写有误', message: ({ values: v }) =>
      v.problem === 'repeat'   ? `${rankOwner(v)}推荐排序 ${v.rank} 重复` :
      v.problem === 'flag-unclear' ? (v.opinion ? `推荐意见填的是“${v.rank}”，既不是“同意推荐”也不是“不推荐”；本行已按推荐计入指标，请改为“同意推荐”或“不推荐”` : `是否推荐填的是“${v.rank}”，既不是“是”也不是“否”；本行已按推荐计入指标，请改为“是”或“否”`) :
      v.problem === 'gap'      ? `${rankOwner(v)}推荐排序不连续：缺少第 ${v.missing.join('、')} 位${v.missingCount > v.missing.length ? `等，共缺 ${v.missingCount} 个` : ''}` :
      v.problem === 'too-high' ? `${rankOwner(v)}推荐排序 ${v.rank} 超过${v.recommender === undefined && !v.unnamedRecommender ? '本表的项目数' : v.acrossSheets ? '其各表合计的项目数' : '其在本表的项目数'} ${v.projects}，应在 1～${v.projects} 之间` :
                                 `推荐排序“${v.rank}”不是正整数；本行已按推荐计入指标，请填写名次，不推荐的行请留空或填“不推荐”` },
    'example-row':          { name: () => '表格模板的填表示例', message: ({ values: v }) => `本行是表格模板的填表示例（标有“${v.word}”），不是申报项目，未计入指标和其他检查；上报前请删除该行` },
  },
  fields: {
    seq: '序号', unit: '申报单位', jointUnit: '联合申报单位', uscc: '统一社会信用代码', orgCode: '组织机构代码',
    project: '项目名称', direction: '揭榜方向', category: '所属类别', recommender: '推荐单位', region: '所在地区',
    contact: '联系人', phone: '联系电话', otherPhone: '另一联系电话', choice: '是否推荐/推荐排序', rank: '推荐排序',
  },
  recommenderTypes: {
    province:        '省、自治区、直辖市',
    'planned-city':  '计划单列市',
    'ai-org':        '人工智能相关行业组织',
    central:         '中央企业集团',
    'ministry-unit': '部属单位',
  },
  feederType: '普通地市或区县',
  typeUnknown: '类型无法判断',
  nameSources: { column: '推荐单位列', line: '“推荐单位（盖章）”行', title: '表格标题', sheet: '工作表名', none: '未写明' },
  typeSources: { option: '由您指定', name: '根据名称判断', default: '暂按省级指标计' },
  typeReason: (r, cap) => ({
    'ai-org':         `名称含“${r.word}”且涉及人工智能`,
    central:          `名称含“${r.word}”；未对照国资委的中央企业名单，请确认`,
    'central-member': r.kind === 'central-member' ? `“${r.group}”的下属单位不单独推荐，计入集团的指标；未对照国资委的中央企业名单，请确认` : '',
    'central-listed': r.kind === 'central-listed' && r.member ? `“${r.word}”的下属单位不单独推荐，计入“${r.word}”（国资委监管的中央企业）的指标` : `“${r.word}”是国资委监管的中央企业`,
    'central-short-name': r.kind === 'central-short-name' ? `“${r.word}”即中央企业“${r.group}”（简称）` : '',
    'local-group':    `名称以“${r.word}”开头，是地方国有企业，不是中央企业集团，计入${r.word}的指标`,
    'ministry-unit':  `“${r.word}”为工业和信息化部部属单位；名单可能不全，请确认`,
    'planned-city':   `名称含计划单列市“${r.word}”`,
    'planned-city-district': r.kind === 'planned-city-district' ? `“${r.word}”属计划单列市“${r.city}”` : '',
    province:         `名称以“${r.word}”开头`,
    'province-like':  r.kind === 'province-like' ? r.note : '',
    feeder:           r.kind === 'feeder' && r.province ? `“${r.word}”属${r.province}，没有单独指标，计入${r.province}的 ${cap} 项` : r.kind === 'feeder' && r.provinces ? `${r.provinces.join('、')}都有“${r.word}”，工作簿中没写明是哪一个，单独计入所在省份的 ${cap} 项` : `普通地市或区县（名称含“${r.word}”）没有单独指标，计入所在省份的 ${cap} 项`,
    'no-recommender': `名称含“${r.word}”，不是通知所列的任何一类推荐单位；请核实推荐单位，或指定推荐单位类型`,
  })[r.kind],
  failures: {
    'file-missing':             (v) => `找不到文件“${v.file}”，请检查路径和文件名。`,
    'file-unreadable':          (v) => `无法读取文件“${v.file}”，请确认文件完好（能在 Excel 或 WPS 中打开）后重试。`,
    'file-empty':               (v) => `文件“${v.file}”是空的，没有任何内容，可能是下载、复制或保存没有完成；请重新下载或从原处重新复制一份后再检查。`,
    'file-is-folder':           (v) => `“${v.file}”是一个文件夹，请指定其中要检查的 .xlsx 文件。`,
    'file-denied':              (v) => `没有读取文件“${v.file}”的权限，请把它复制到您能打开的位置（例如“文档”或桌面）后再检查。`,
    'file-busy':                (v) => `文件“${v.file}”正被其他程序占用，无法读取；请关闭占用它的程序（例如 Excel、WPS 或杀毒软件）后重试。`,
    'file-too-large':           (v) => `文件“${v.file}”超过 2 GB，无法读取；推荐表不会这么大，请确认选对了文件。`,
    'file-name-too-long':       (v) => `文件名或路径“${v.file}”太长，无法读取；请把文件改个短一些的名字，或移到路径短一些的文件夹后再检查。`,
    'picked-file-unreadable':   (v) => `无法读取所选的文件“${v.file}”：它可能在选择之后被移动、删除或改动，或正被其他程序占用；请关闭占用它的程序，再重新选择该文件。`,
    'not-a-workbook':           (v) => `“${v.file}”不是 Excel 工作簿（.xlsx），请用 Excel 或 WPS 打开后另存为 .xlsx 再检查。`,
    'xlsb-workbook':            (v) => `“${v.file}”是 Excel 二进制工作簿（.xlsb），本工具无法读取这种格式；请在 Excel 中“另存为”Excel 工作簿（.xlsx）后再检查。`,
    'other-document':           (v) => `“${v.file}”是${zhCN.otherDocuments[v.document as OtherDocument]}，不是 Excel 工作簿，无法检查；请选择推荐表的 Excel 文件（.xlsx）。`,
    'owner-file':               (v) => `“${v.file}”是 Excel 或 WPS 打开工作簿时在同一文件夹生成的临时文件，不是推荐表本身；请选择同一文件夹中名称不以“~$”或“.~”开头的那个工作簿。`,
    'workbook-damaged':         (v) => `“${v.file}”已损坏或不完整，无法读取（常见于下载或复制没有完成）；请重新下载或从原处重新复制一份，或用 Excel 或 WPS 打开（按提示修复）后另存为 .xlsx 再检查。`,
    'sheet-part-missing':       (v) => `“${v.file}”中的工作表“${v.sheet}”内容缺失，无法检查（文件已损坏或不完整）；请重新下载或从原处重新复制一份，或用 Excel 或 WPS 打开（按提示修复）后另存为 .xlsx 再检查。`,
    'text-as-workbook':         (v) => `“${v.file}”是${zhCN.textFormats[v.format as TextFormat]}，不是 Excel 工作簿；请用 Excel 或 WPS 打开后另存为 .xlsx 再检查。`,
    'zipped-workbook':          (v) => `“${v.file}”是压缩包，不是 Excel 工作簿；请先解压，再检查其中的推荐表（.xlsx）。`,
    'legacy-xls':               (v) => `“${v.file}”是旧版 .xls 文件，请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）后再检查。`,
    encrypted:                  (v) => `“${v.file}”设置了打开密码，无法读取；请在 Excel 中取消密码（文件→信息→保护工作簿→用密码进行加密）后另存一份再检查。`,
    'empty-workbook':           (v) => `“${v.file}”中没有任何工作表，请确认选对了文件。`,
    'no-table':                 (v) => `在“${v.file}”的各个工作表中都没有找到推荐表（需要有“申报单位”“项目名称”等表头），请确认选对了文件，或用 --sheet 指定工作表。`,
    'winners-list-only':        (v) => `工作表“${v.sheet}”是前期揭榜优胜项目名单，不作为推荐表检查；此外没有找到推荐表（需要有“申报单位”“项目名称”等表头），请确认选对了工作簿。`,
    'no-projects':              (v) => `“${v.file}”中的推荐表（工作表：${v.sheets}）没有填写任何项目，请确认选对了文件或工作表。`,
    'formulas-not-calculated':  (v) => `工作表“${v.sheet}”中的公式没有保存计算结果（如 ${v.cell} 单元格），无法知道 Excel 会显示什么；这个文件可能是由其他程序生成的，请用 Excel 或 WPS 打开并保存一次后再检查。`,
    'sheet-not-found':          (v) => `工作簿中没有名为“${v.sheet}”的工作表（其中的工作表有：${v.sheets}${v.total ? ` 等 ${v.total} 张` : ''}），请检查 --sheet 后的名称。`,
    'sheet-ours':               (v) => `工作表“${v.sheet}”是本工具生成的（校验报告、汇总表或标记记录），从不作为推荐表检查；${v.sheets ? `请用 --sheet 指定您自己的工作表（本工作簿中有：${v.sheets}${v.total ? ` 等 ${v.total} 张` : ''}），或去掉 --sheet 检查全部工作表` : '本工作簿中没有您自己的工作表，请确认选对了文件'}。`,
    'sheet-no-table':           (v) => `工作表“${v.sheet}”中没有找到推荐表（需要有“申报单位”“项目名称”等表头），请检查 --sheet 后的名称，或去掉 --sheet 检查全部工作表。`,
    'winners-unreadable':       (v) => `无法读取前期揭榜优胜项目名单“${v.file}”，请提供 .xlsx 或 .csv 文件。`,
    'winners-is-folder':        (v) => `“${v.file}”是一个文件夹，请指定其中的前期揭榜优胜项目名单文件（.xlsx 或 .csv）。`,
    'winners-no-table':         (v) => `前期揭榜优胜项目名单“${v.file}”中没有找到“项目名称”列，也没有找到“单位名称”和“揭榜方向”列，请检查表头。`,
    'winners-recommendations-only': (v) => `“${v.file}”中没有前期揭榜优胜项目名单，只有推荐表，请选择优胜名单文件，或把名单所在的工作表命名为“前期揭榜优胜项目”。`,
    'winners-empty':            (v) => `前期揭榜优胜项目名单“${v.file}”中没有读到任何优胜项目（只有表头），请检查文件内容。`,
    'winners-formulas-not-calculated': (v) => `前期揭榜优胜项目名单“${v.file}”的工作表“${v.sheet}”中的公式没有保存计算结果（如 ${v.cell} 单元格），无法知道其中写的是什么；这个文件可能是由其他程序生成的，请用 Excel 或 WPS 打开并保存一次后再检查。`,
    'directions-unreadable':    (v) => `无法读取揭榜方向清单“${v.file}”，请提供 .txt（每行一个方向）、.xlsx 或 .csv 文件。`,
    'directions-is-folder':     (v) => `“${v.file}”是一个文件夹，请指定其中的揭榜方向清单文件（.txt、.xlsx 或 .csv）。`,
    'csv-quotes':               (v) => `“${v.file}”第 ${v.line} 行的引号不成对，无法按 CSV 读取；请在 Excel 中打开该文件，另存为 .xlsx 或 .csv 后再试。`,
    'text-bom-mismatch':        (v) => `“${v.file}”开头标明是 UTF-8 编码，内容却是 GBK 等其他编码，无法读取；请用生成它的程序（Excel、WPS 或记事本）重新“另存为” UTF-8 编码或不带 BOM 的 GBK（ANSI）编码后再试。`,
    'directions-empty':         (v) => `揭榜方向清单“${v.file}”中没有任何方向，请检查文件内容。`,
    'directions-formulas-not-calculated': (v) => `揭榜方向清单“${v.file}”的工作表“${v.sheet}”中的公式没有保存计算结果（如 ${v.cell} 单元格），无法知道其中写的是哪些方向；这个文件可能是由其他程序生成的，请用 Excel 或 WPS 打开并保存一次后再检查。`,
    'directions-recommendations-only': (v) => `“${v.file}”中没有揭榜方向清单，只有推荐表，请选择申报指南的揭榜方向清单，或把清单所在的工作表命名为“揭榜方向”。`,
    'profile-unreadable':       (v) => `无法读取政策配置文件“${v.file}”，请提供 JSON 文件。`,
    'profile-is-folder':        (v) => `“${v.file}”是一个文件夹，请指定其中的政策配置文件（JSON）。`,
    'profile-invalid':          (v) => `政策配置文件“${v.file}”格式不对（${!v.field ? '整体结构有误' : v.missing ? `缺少“${v.field}”一项` : `“${v.field}”一项有误`}），请对照本工具自带的配置文件“${v.bundled}”修改。`,
    'profile-not-json':         (v) => `政策配置文件“${v.file}”不是有效的 JSON：第 ${v.line} 行第 ${v.column} 列有误（常见原因是最后一项后面多了逗号，或少了引号、逗号、括号），请改正后再试。`,
    'unknown-option':           (v) => `不认识的选项“${v.option}”，运行 quota-check --help 查看用法。`,
    'unknown-option-near':      (v) => `不认识的选项“${v.option}”，您要写的可能是 ${v.nearest}；运行 quota-check --help 查看用法。`,
    'unknown-option-or-file':   (v) => `不认识的选项“${v.option}”；如果这是要检查的文件名，请在前面加上 ./ 写成 ${v.file}，或写在 -- 之后（例如 quota-check -- ${v.option}）；运行 quota-check --help 查看用法。`,
    'missing-option-value':     (v) => `选项“${v.option}”后面需要一个值，运行 quota-check --help 查看用法。`,
    'option-value-like-option': (v) => `选项“${v.option}”后面的“${v.value}”以“-”开头，会被当成另一个选项；如果这就是它的值（例如文件名），请用等号连起来写成 ${v.option}=${v.value}。`,
    'option-takes-no-value':    (v) => `选项“${v.option}”后面不能带值，请去掉“=”及其后的内容；运行 quota-check --help 查看用法。`,
    'option-repeated':          (v) => `选项“${v.option}”只能给一次，请只保留一个；运行 quota-check --help 查看用法。`,
    'option-misdashed':         (v) => `“${v.option}”开头的横线不是英文减号“-”（中文输入法或文档常把它变成破折号或全角符号），因此认不出这个选项；请切换到英文输入法，写成 ${v.fixed}。`,
    'option-joined-with-value': (v) => `“${v.arg}”把选项和它的值写成了一项（常因两者被放进了同一对引号），因此认不出这个选项；请用空格把它们分开，只给值加引号，例如 ${v.option} "${v.value}"。`,
    'full-width-space':         (v) => `“${v.arg}”中的空格是中文输入法的全角空格，命令行不会在那里把它分开；请切换到英文输入法，用半角空格把文件名和各个选项分开。`,
    'unknown-recommender-type': (v) => `不认识的推荐单位类型“${v.type}”，请写代号或中文名之一：${Object.entries(zhCN.recommenderTypes).map(([type, name]) => `${type}（${name}）`).join('、')}。`,
    'unknown-lang':             (v) => `不支持的语言“${v.lang}”，可选：zh-CN、en-US。`,
    'no-input':                 () => `请指定要检查的推荐表文件，例如：quota-check 推荐汇总表.xlsx`,
    'too-many-inputs':          (v) => `一次只能检查一个工作簿，却给了多个文件：${v.files}；文件名中有空格的，请用英文引号把整个文件名括起来，例如 quota-check "推荐 汇总表.xlsx"。`,
    'out-is-input':             (v) => `--out 不能是被检查的文件“${v.file}”本身：本工具从不改动原文件，请另取一个文件名，例如“推荐汇总表-已校验.xlsx”。`,
    'out-is-list':              (v) => `--out 不能是 ${v.option} 给出的文件“${v.file}”：本工具从不改动您提供的文件，请另取一个文件名，例如“推荐汇总表-已校验.xlsx”。`,
    'out-not-xlsx':             (v) => `--out 的文件名“${v.file}”应以 .xlsx 结尾。`,
    'out-folder-missing':       (v) => `要写入的文件夹“${v.folder}”不存在，请先建好文件夹或换一个位置。`,
    'out-is-folder':            (v) => `“${v.file}”是一个文件夹，请在 --out 后写上文件名，例如“${v.file}${v.sep}推荐汇总表-已校验.xlsx”。`,
    'out-folder-denied':        (v) => `没有在文件夹“${v.folder}”中新建文件的权限，请在 --out 中换一个您能保存文件的文件夹，例如“文档”或桌面。`,
    'out-file-denied':          (v) => `没有改写文件“${v.file}”的权限（文件是只读的），请在 --out 中另取一个文件名，或去掉该文件的只读属性后重试。`,
    'out-file-busy':            (v) => `文件“${v.file}”正被其他程序占用（可能正在 Excel 或 WPS 中打开），请关闭该文件后重试，或在 --out 中另取一个文件名。`,
    'out-read-only-disk':       (v) => `文件夹“${v.folder}”所在的磁盘是只读的（例如光盘或写保护的U盘），请在 --out 中换一个位置保存。`,
    'out-disk-full':            (v) => `文件夹“${v.folder}”所在的磁盘已满，请清理出空间后重试，或在 --out 中换一个磁盘保存。`,
    'out-name-too-long':        (v) => `文件名或路径“${v.file}”太长，请在 --out 中换一个短一些的文件名或文件夹。`,
    'out-unwritable':           (v) => `无法写入“${v.file}”，请在 --out 中换一个文件名或位置后重试。`,
    'report-disk-full':         () => `报告没有写完：保存报告的磁盘已满（例如 > 后面的文件所在的磁盘），请清理出空间后重新检查，或换一个磁盘保存报告。`,
    'report-unwritable':        () => `报告没有写完：无法写入保存报告的文件（例如 > 后面的文件），请换一个文件或位置后重新检查。`,
    'clear-needs-out':          () => `--clear 需要用 --out 指定清除标记后的副本，例如：quota-check 推荐汇总表.xlsx --clear --out 推荐汇总表-已清除标记.xlsx`,
    'all-needs-clear':          () => `--all 只能和 --clear 一起使用（同时删除汇总表）。`,
    'not-marked':               (v) => `“${v.file}”没有本工具的校验标记，无需清除；没有写出任何文件。`,
    'not-with-clear':           (v) => `${v.option} 不能和 --clear 一起使用：清除标记不做检查，只需 --out（和 --all）。`,
    'record-damaged':           (v) => `“${v.file}”中的校验标记记录已损坏，无法准确恢复原来的格式；请改用检查前保存的原文件（没有写出任何文件）。`,
  },
  textFormats: { csv: '文本（CSV）文件', html: '网页（HTML）格式的表格', 'xml-2003': '“XML 电子表格 2003”格式的文件' },
  otherDocuments: { pdf: '一个 PDF 文件', word: '一份 Word 文档', presentation: '一份 PowerPoint 演示文稿', image: '一张图片' },
  severity: { error: '错误', warning: '警告' },
  rows:     (rows, sheet) => `${sheet ? `“${sheet}”` : ''}第 ${rows.join('、')} 行`,
  rowsJoin: '；',
  moreRows: (total) => `等，共 ${total} 行`,
  reasonJoin: '，',
  listJoin: '、',
  nameList: (names) => names.slice(0, 3).join('、') + (names.length > 3 ? `等 ${names.length} 个推荐单位` : ''),
  hidden: '（该行或该列已隐藏，但仍会随表上报）',
  hiddenSheet: '（该工作表已隐藏，但仍会随表上报）',
  hiddenByFormat: '（该单元格的数字格式把内容隐藏了，屏幕上和打印出来都看不到，但内容仍会随表上报）',
  report: {
    verdictClean:     '未发现问题。',
    verdict:          (e, w) => `发现 ${e} 个错误、${w} 个警告。`,
    marksPresent:     '本工作簿仍带有校验标记，上报前请清除。',
    unreadProjects:   '注意：有的行看起来是项目，却没有检查（在表尾之下，或在并排的另一张表里），请看下面各工作表的说明。',
    sheetsRead:       '已检查的工作表：',
    sheetLine:        (name, hiddenSheet, header, rows, hidden, byFormat) => `  ${name}${hiddenSheet ? '（已隐藏的工作表）' : ''}：表头在第 ${header} 行，共 ${rows} 个项目${hidden ? `（其中 ${hidden} 行已隐藏）` : ''}${byFormat ? `（有 ${byFormat} 个单元格的内容被数字格式隐藏，看不到也打印不出来，但会随表上报，请核对）` : ''}`,
    projectsBelowEnd: (end, rows) => `    第 ${end} 行是表尾（填报人、注或盖章行），其下第 ${rows.slice(0, 5).join('、')}${rows.length > 5 ? ` 等 ${rows.length}` : ''} 行看起来是项目，但未作检查：如要上报，请移到表尾之上后再检查。`,
    tableBeside: (column) => `    从 ${column} 列起，表头又写了一遍申报单位和项目名称，像是并排的另一张表，未作检查：请把它移到单独的工作表，或移到本表下方（带表头）后再检查。`,
    skipped:          (sheet) => `  ${sheet.name}：${sheet.reason === 'winners-list' ? `前期揭榜优胜项目名单，不作为推荐表检查${sheet.used ? '，已用它核对前期优胜项目' : '；核对用的是 --winners 提供的名单'}` : sheet.reason === 'direction-list' ? `揭榜方向清单，不作为推荐表检查${sheet.used ? '，已用它核对揭榜方向' : '；核对用的是 --directions 提供的清单'}` : sheet.reason === 'direction-list-unread' ? `名为揭榜方向清单，但${sheet.why === 'counts' ? '表中有数字（如“项目数”），像是按方向的汇总' : '没有读到方向（需要有“揭榜方向”列）'}，没有用作方向清单，也不是推荐表，已跳过` : { 'no-table': '没有推荐表，已跳过', ours: '本工具生成的工作表，已跳过', 'very-hidden': '深度隐藏的工作表，已跳过' }[sheet.reason]}`,
    summarySheet:     (name, others) => `  注意：“${name}”的项目都已出现在其他工作表（${others}）中，它可能是这些表的汇总表，因此每个项目都报“项目重复”，推荐数量也按两次计入上限；只检查汇总表或只检查分表时，请用 --sheet 指定工作表。`,
    directionList:    ({ count, expected, complete, uncategorised: odd, source }, sheets) => complete ? `揭榜方向清单${fromSheets(sheets)}完整（${count} 个方向）。` : count > expected ? `揭榜方向清单${fromSheets(sheets)}有 ${count} 个方向，多于通知所列的 ${expected} 个，方向检查只作提示；${odd ? `其中${odd.slice(0, 5).map((d) => `“${d}”`).join('')}${odd.length > 5 ? `等 ${odd.length} 条` : ''}没有所属类别，可能不是揭榜方向（如标题、说明文字），请从清单中删去；` : ''}请核对${sheets ? '该工作表' : ' --directions 提供的'}是否为本次申报指南的清单。` : `揭榜方向清单${fromSheets(sheets)}不完整（已知 ${count} 个，通知为 ${expected} 个），方向检查只作提示；${source === 'profile' ? '请用 --directions 提供申报指南的完整清单。' : `请对照申报指南补全${sheets ? '该工作表' : ' --directions 提供的清单'}。`}`,
    winnersList:      ({ winners: n, titled, unreadHeaders: unread }, sheets) => titled === n ? `前期揭榜优胜项目名单${fromSheets(sheets)}：${n} 个项目。` : titled === 0 && unread ? `前期揭榜优胜名单${fromSheets(sheets)}中没有识别出“项目名称”列（未识别的表头：${unread.map((h) => `“${h}”`).join('、')}），只按单位和方向读取（共 ${n} 条）：只能核对申报单位是否曾获优胜，无法核对项目是否重复申报；如果其中一列是项目名称，请把它的表头改为“项目名称”后再检查。` : titled === 0 ? `前期揭榜优胜名单${fromSheets(sheets)}只有单位和方向，没有项目名称（共 ${n} 条）：只能核对申报单位是否曾获优胜，无法核对项目是否重复申报。` : `前期揭榜优胜项目名单${fromSheets(sheets)}：${titled} 个项目；另有 ${n - titled} 条只有单位、没有项目名称，只能核对单位，无法核对项目是否重复申报。`,
    findings:         '问题明细：',
    ruleHeading:      (name, id, count) => `【${name}】${id}，${count} 处`,
    cell:             (sheet, column, row, forRow) => `${sheet} ${zhCellRef(column, row, forRow)}`,
    cellRef:          zhCellRef,
    cells:            (sheet, refs, total) => `${sheet} ${refs.join('、')}${total > refs.length ? ` 等 ${total} 处` : ''}`,
    recommenders:     '按推荐单位汇总：',
    recommenderLine:  (r) => `  ${r.name || '（未写明推荐单位）'}｜${r.type}（${r.typeFrom}）｜${r.capOf === 'province' ? `${r.province ?? '所在省份'}指标` : '上限'} ${r.cap} 项｜计入 ${r.counted} 项${r.rows !== r.counted ? `（共 ${r.rows} 行）` : ''}${r.over ? `｜超出 ${r.over} 项` : ''}${r.unnamed ? `｜其中 ${r.unnamed} 行未写明推荐单位，按本工作簿唯一写明的推荐单位计入` : ''}`,
    typeUnknown:      (name, cap) => name ? `注意：无法判断推荐单位“${name}”的类型，已暂按省级 ${cap} 项计；请核实，或用 --recommender-type 指明类型。` : `注意：有项目没有写明推荐单位，无法判断其类型，已暂按省级 ${cap} 项计；请用 --recommender-type 指明类型。`,
    units:            '按申报单位汇总（超过上限的单位）：',
    unitLine:         (u) => `  ${u.unit ? `${u.unit}${u.sameName ? `（代码 ${u.uscc}）` : ''}` : `（未填写单位名称，代码 ${u.uscc}）`}：${u.projects} 项${u.jointRows && u.jointCounted ? `，其中作为联合申报单位 ${u.jointRows} 项` : ''}${u.over > 0 || !(u.sameName || u.sameCode) ? `（上限 ${u.limit} 项，超出 ${u.over} 项）` : ''}${u.sameName ? `；同名的行填写了不同的统一社会信用代码，若为同一单位，共 ${u.sameName.projects} 项（上限 ${u.limit} 项，超出 ${u.sameName.over} 项）` : ''}${u.sameCode ? `；同一统一社会信用代码还填在其他单位名称下，若为同一单位，共 ${u.sameCode.projects} 项（上限 ${u.limit} 项，超出 ${u.sameCode.over} 项）` : ''}${u.jointRows && !u.jointCounted ? `；另作为联合申报单位 ${u.jointRows} 项，未计入` : ''}`,
    unitsWithinLimit: (count, noneOver) => count === 0 ? '' : `  ${noneOver ? '全部' : '其余'} ${count} 个单位均未超过上限。`,
    unitsUnwritten:   (projects) => `  未填写申报单位和统一社会信用代码的项目 ${projects} 项，无法计入任何单位。`,
    directions:       '按揭榜方向汇总：',
    directionLine:    (d) => `  ${d.unwritten ? NO_DIRECTION : `${d.category || '（未填类别）'}｜${d.direction}`}｜${d.projects} 项${d.rows !== d.projects ? `（共 ${d.rows} 行，其余未推荐）` : ''}${d.known || d.unwritten ? '' : d.several ? `（填了 ${d.several.length} 个方向，未计入其中任何一个）` : '（不在已知方向中）'}`,
    directionSelectionNote: (n) => `  注：每个揭榜方向原则上入围不超过 ${n} 家，由工业和信息化部遴选，不是推荐限额。`,
  },
  write: {
    noteLine:      (severity, message, rows) => `【${severity}】${rows ? `第 ${rows.join('、')} 行：` : ''}${message}`,
    rowNoteLine:   (severity, column, rule) => `【${severity}】${column ? `${column} 列：` : ''}${rule}`,
    sheetRows:     (sheet, rows) => `${sheet}第 ${rows.join('、')} 行`,
    sheetRowsJoin: '；',
    yes:           '是',
    no:            '否',
    stampLines:    ['推荐单位（盖章）：                              日期：      年    月    日', '填表人：                    联系电话：'],
    pageFooter:    '&A　第 &P 页，共 &N 页',
    report: {
      title:       '校验报告',
      checkedAt:   (time) => `校验时间：${time}`,
      profile:     (id) => `政策配置：${id}`,
      marksNotice: '本工作簿带有校验标记（底色和批注）。红、黄底色会被打印出来，上报前请用“清除标记”或 quota-check --clear 去除，使纸质稿与网上提交的一致。',
      noMarksNotice: (sheet) => `本次校验没有标记任何单元格。“${sheet}”工作表是本工具生成的，上报前请用“清除标记”或 quota-check --clear 删除，使纸质稿与网上提交的一致。`,
      renamed:     (wanted, actual) => `工作簿中已有您自己的“${wanted}”工作表，未作改动；本工具生成的表改名为“${actual}”。`,
      lostParts:   (parts) => `注意：原工作簿含有本工具无法保留的内容（${parts}），此副本中没有这些内容；如需修改，请在原文件中修改。`,
      partNames: {
        'pivot-tables': '数据透视表', charts: '图表', slicers: '切片器', timelines: '日程表', 'threaded-comments': '新式批注（对话）',
        macros: '宏', 'form-controls': '控件（复选框、选项按钮等）', shapes: '形状和文本框', 'header-footer-pictures': '页眉页脚中的图片',
        'cell-pictures': '嵌入单元格的图片',
        'filter-criteria': '表格（套用表格格式）按颜色或图标筛选的条件',
        'conditional-formats': '部分条件格式（如“重复值”标记）', 'extended-validations': '部分数据有效性（引用其他工作表的下拉列表）',
        'place-links': '部分超链接（指向单元格区域或名称的，或设在多个单元格上的）',
        'dynamic-arrays': '动态数组公式（FILTER、UNIQUE 等自动溢出的公式在副本中成为旧式数组公式，值不变）',
        'external-links': '引用其他工作簿的链接（公式中的外部引用）',
      },
      columns: {
        seq: '序号', severity: '严重程度', rule: '规则编号', ruleName: '规则', sheet: '工作表', row: '行', column: '列',
        text: '单元格内容', message: '说明', link: '定位',
      },
    },
    units: {
      title:   '汇总-按申报单位',
      columns: { seq: '序号', unit: '申报单位', uscc: '统一社会信用代码', projects: '项目数', jointCounted: '其中联合申报', jointNotCounted: '联合申报（未计入）', limit: '上限', over: '超出', rows: '所在行', note: '说明' },
      withNotChosen: (counted, notChosen) => (counted ? `${counted}（另有未推荐的：${notChosen}）` : `${notChosen}（均未推荐）`),
      sameName:      (projects, limit, over) => `同名的行填写了不同的统一社会信用代码，若为同一单位，共 ${projects} 项（上限 ${limit} 项${over > 0 ? `，超出 ${over} 项` : ''}）`,
      sameCode:      (projects, limit, over) => `同一统一社会信用代码还填在其他单位名称下，若为同一单位，共 ${projects} 项（上限 ${limit} 项${over > 0 ? `，超出 ${over} 项` : ''}）`,
      noteSeparator: '；',
      noName:        '（未填写）',
      unwritten:     '（未填写申报单位）',
    },
    directions: {
      title:   '汇总-按揭榜方向',
      columns: { seq: '序号', category: '所属类别', direction: '揭榜方向', projects: '项目数', counted: '计入项目数', rows: '全部项目数', known: '在方向清单中' },
      several: '否（填了多个方向）',
      unwritten: NO_DIRECTION,
      total:   '合计',
    },
    recommenders: {
      title:   '汇总-按推荐单位',
      columns: { seq: '序号', name: '推荐单位', type: '类型', typeFrom: '类型依据', cap: '推荐上限', rows: '全部项目数', counted: '计入项目数', over: '超出' },
    },
  },
  copy: {
    marked:      (file, cells) => `已写出带校验标记的副本：${file}（标记了 ${cells} 个单元格，并生成校验报告和汇总表）`,
    cleared:     (file, cells, sheets) => `已写出清除标记后的副本：${file}（恢复了 ${cells} 个单元格的原格式${sheets ? `，删除了工作表：${sheets}` : ''}）`,
    keptChanges: (cells) => `其中 ${cells} 个单元格在校验后被您手动改过底色、字体颜色或批注，保留了您的修改。`,
    lostMarks:   (places) => `以下各行的标记找不到了（该行可能已被删除，或改动了申报单位和项目名称），未作处理，请手动检查：${places}`,
    lostRow:     ({ sheet, row, unit, project }) => `${sheet}：${[unit && `申报单位“${unit}”`, project && `项目名称“${project}”`].filter(Boolean).join('、')}${unit || project ? `（原第 ${row} 行）` : `原第 ${row} 行`}`,
    unrecordedMarks: (places) => `以下单元格带有本工具的批注，但本工作簿的标记记录中没有它们（可能是从已标记的工作表复制或粘贴来的）：已删除本工具的批注，保留了您自己的批注；原底色无法确定，已去除标记底色和字体颜色，请核对：${places}`,
    lostParts:   (parts) => `注意：原工作簿含有本工具无法保留的内容（${parts}），写出的副本中没有这些内容；请在原文件中修改，不要用副本替换原文件。`,
  },
  usage: USAGE,
  unexpected: (detail) => `检查时出现意外错误（${detail}），未能完成；请把这个工作簿和这句提示发给技术支持。`,
};
