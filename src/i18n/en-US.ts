import { withOwnRow } from '../core/row-ref';
import type { OtherDocument, TextFormat } from '../core/input-failure';
import type { CodeExtra } from '../core/table/written-codes';
import type { RankOwner } from '../core/finding';
import type { Messages } from './messages';

const USAGE = `Usage:
  quota-check WORKBOOK.xlsx [options]
  quota-check WORKBOOK.xlsx --clear [--all] --out COPY.xlsx

Options:
  --sheet NAME               check only this sheet (repeatable); every data sheet by default
  --recommender-type TYPE    province (15), planned-city (5), ai-org (15), central (3), ministry-unit (3), or the
                             type's Chinese name (计划单列市)
  --winners FILE             previous winners list (.xlsx, .csv)
  --directions FILE          the guide's direction list (.txt one a line or "category<TAB>direction", .xlsx, .csv)
  --profile FILE             another policy profile (JSON)
  --json                     print the JSON report
  --out FILE.xlsx            write a marked copy (problem cells marked, check report and summary tabs); never the input
  --clear --out FILE.xlsx    write a copy with the check marks and report removed
  --all                      with --clear: remove the summary tabs too
  --lang zh-CN|en-US         report language (Chinese by default)
  --help                     show this help
  --version                  show the version

Exit codes: 0 no errors; 1 errors found; 2 the input could not be checked`;

/** `1 project`, `2 projects`. */
export const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Where a list kept in the workbook came from: ` (sheet "前期揭榜优胜项目")`. */
const fromSheets = (sheets: readonly string[] | undefined) =>
  sheets ? ` (sheet${sheets.length > 1 ? 's' : ''} ${sheets.map((name) => `"${name}"`).join(', ')})` : '';

/** Whose ranks a rank-invalid finding speaks of, where a sheet ranks per recommender: ` of "Wuhan…"`. */
const rankOwner = ({ recommender, unnamedRecommender }: RankOwner) =>
  unnamedRecommender
    ? ' of the rows naming no recommender'
    : recommender === undefined
      ? ''
      : ` of "${recommender}"`;

/** The line of the summaries for the rows whose 揭榜方向 is blank. */
const NO_DIRECTION = '(no direction given)';

/** Whose code a uscc-invalid finding quotes, where the cell writes one for each unit: ` (the code of unit 2)`. */
const enWhose = ({ position }: { position?: number }) => (position ? ` (the code of unit ${position})` : '');

/** The code a uscc-invalid finding quotes: `Credit code "…"`, or `Credit code "…" (the code of unit 2)`. */
const enCode = (v: { code: string; position?: number }) => `Credit code "${v.code}"${enWhose(v)}`;

/** What a code cell writes beside the code: `"代码：" before it and "（已核验）" after it`. */
const enExtras = (extras: readonly CodeExtra[]) => {
  const named = extras.map(
    ({ kind, text }) =>
      ({
        apostrophe: `the apostrophe "${text}" before it`,
        hyphen: `the dash "${text}" inside it`,
        label: `"${text}" before it`,
        remark: `"${text}" after it`,
      })[kind],
  );
  return named.length > 1
    ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`
    : named.join('');
};

const enCellRef = (column: string | null, row: number, forRow?: number) =>
  column ? `${column}${row}${forRow ? ` (row ${forRow})` : ''}` : `row ${row}`;

/** English (second language). Domain terms keep the notice's Chinese where officers know them so. */
// prettier-ignore
export const enUS: Messages = {
  rules: {
    'unit-over-limit':      { name: (n) => `At most ${n.unitLimit} projects per applicant (每个主体申报不超过${n.unitLimit}个项目)`, message: ({ values: v, sheet, row, related }, rows) => `"${v.unit}" has ${v.count} projects (${rows(withOwnRow({ sheet, row }, related ?? []))}), over the limit of ${v.limit} per applicant: drop ${v.count - v.limit}` },
    'quota-exceeded':       { name: () => 'Recommendation cap', message: ({ values: v }) => `${enUS.nameList(v.recommenders) || 'This recommender'} (${v.typeFrom === 'default' ? `${enUS.typeUnknown}, ${enUS.typeSources.default}` : v.capOf === 'province' ? `${enUS.feederType}, counted in the cap of ${v.province ?? 'its province'}` : enUS.recommenderTypes[v.type]}) recommends ${v.counted} projects, over the ${v.capOf === 'province' ? "province's cap" : 'cap'} of ${v.cap}: drop ${v.drop} more; this row is past the cap` },
    'previous-winner':      { name: () => 'Previous winners may not apply again', message: ({ values: v }) => v.sameUnit ? `"${v.project}" is a previous winner (前期揭榜优胜项目) and may not be submitted again` : v.winnerUnit ? `A project of the same title won before (${v.winnerUnit}): verify it is not the same project` : 'A project of the same title won before; the winners list names no unit for it, so the units could not be compared: verify it is not the same project' },
    'previous-winner-unit': { name: () => 'Previous winner unit', message: ({ values: v }) => `"${v.unit}"${v.winnerUnit ? ` is taken for the previous winner "${v.winnerUnit}" (by its credit code or the unit it belongs to), which` : ''} won before${v.winnerProject ? ` with "${v.winnerProject}"` : ''}; another project is allowed, but verify this is not the same one` },
    'duplicate-project':    { name: () => 'Duplicate project', message: ({ values: v, related }, rows) => `Project "${v.project}" appears again at ${rows(related ?? [])}${v.sameUnit ? '' : v.otherUnit ? ` (${rows(v.otherUnit, v.otherUnitCount ?? v.otherUnit.length)} from another unit)` : ' (from another unit)'}` },
    'similar-project':      { name: () => 'Near-duplicate titles', message: (f, rows) => `Title is ${Math.round(f.values.similarity * 100)}% similar to "${f.values.otherProject}" at ${rows(f.related ?? [])}: verify it is not the same project` },
    'uscc-invalid':         { name: () => 'Invalid unified social credit code', message: ({ values: v }) => v.problem === 'several' ? `The credit code cell holds ${v.codes} codes ("${v.code}") but the applicant cell names ${v.units === 1 ? 'one unit: write only its code' : `${v.units} units, so they can't be paired: for a joint application write one code for each unit, in the order of the applicant cell`}` : v.problem === 'extra' ? `${enCode(v)} holds more than the code: ${enExtras(v.extra)}. Delete ${v.extra.length > 1 ? 'them' : 'it'}, leaving the 18 characters of the code` : ({
      length:     `${enCode(v)} must have 18 characters`,
      alphabet:   `${enCode(v)} has characters outside its alphabet (no I, O, S, V, Z)`,
      check:      `${enCode(v)} fails the GB 32100-2015 check character: compare it with the business licence`,
      'org-code': `"${v.code}"${enWhose(v)} is a 9-character organisation code, not an 18-character unified social credit code`,
      'registration-number': `"${v.code}"${enWhose(v)} is an old 15-digit business registration number, not an 18-character unified social credit code: write the code on the business licence`,
    })[v.problem] },
    'uscc-conflict':        { name: () => 'Code and unit name disagree', message: ({ values: v }) => v.kind === 'code-two-names' ? `Credit code ${v.code} is given for different units: "${v.unit}" and "${v.others.join('", "')}"${v.othersCount ? ` among ${v.othersCount} other names` : ''}${v.count && v.limit ? `, counted apart by name; a code is one legal person's: if they are one unit, it has ${v.count} projects, over the limit of ${v.limit} per applicant. Check the names and the code, or drop ${v.count - v.limit}` : ''}` : `Unit "${v.unit}" is given different credit codes: ${v.code} and ${v.others.join(', ')}${v.othersCount ? ` among ${v.othersCount} other codes` : ''}${v.count && v.limit ? `; the name is the same, so they are most likely one unit: if they are one unit, it has ${v.count} projects, over the limit of ${v.limit} per applicant. Check the codes, or drop ${v.count - v.limit}` : ''}` },
    'id-as-number':         { name: () => 'Code or phone stored as a number', message: ({ values: v }) => v.field === 'uscc' ? (v.digitsLost ? `The credit code is stored as a number (shown as ${v.text}); its last digits are lost for good: format the column as Text and type it again` : `The credit code is stored as a number (shown as ${v.text}); a code is entered as text: format the column as Text and type it again from the business licence`) : `The phone is stored as a number and lost its leading 0 (shown as ${v.text}): format the column as Text and type it again` },
    'direction-unknown':    { name: (n) => `Direction not among the ${n.directionsExpected}`, message: ({ values: v }) => v.categoryAlone ? `The direction cell holds the category "${v.direction}", not a direction: write the project's direction as the guide names it` : v.several ? `The direction names ${v.several.length} directions: ${v.several.map((d) => `"${d}"`).join(', ')}; a project should name one, so check and keep one` : v.repeated ? `The direction cell "${v.direction}" writes "${v.repeated}" more than once; it is counted as "${v.repeated}": write it once` : `Direction "${v.direction}" is not ${v.listComplete ? "in the guide's list" : v.listTooLong ? 'in the direction list (which holds more directions than the notice states: check it)' : v.listGiven ? 'in the direction list given (which is partial: complete it from the guide)' : 'among the known directions (the list is partial: give the guide\'s full list)'}${v.nearest ? `; did you mean "${v.nearest}"?` : ''}` },
    'category-mismatch':    { name: () => 'Category disagrees with direction', message: ({ values: v }) => `Category "${v.category}" does not match direction "${v.direction}": it should be "${v.expected}"` },
    'required-missing':     { name: () => 'Required field empty', message: ({ values: v }) => v.missingColumn ? `The sheet has no "${enUS.fields[v.field]}" column${v.orgCodeLabel ? ` (18 characters); "${v.orgCodeLabel}" is the old 9-character organisation code, which does not replace it` : ''}` : (v.errorValue ? `"${v.label || enUS.fields[v.field]}" shows the error value "${v.errorValue}", not a value: check the cell's formula or fill it in again` : `"${v.label || enUS.fields[v.field]}" is empty${v.written ? ` (it holds only "${v.written}")` : ''}`) },
    'not-legal-entity':     { name: () => 'Applicant must be an independent legal person', message: ({ values: v }) => v.reason === 'branch' ? `"${v.unit}" contains "${v.word}" and may not be an independent legal person: verify` : v.reason === 'university-part' ? `"${v.unit}" is a school, department, institute or laboratory of ${v.word}, usually no independent legal person: enter "${v.word}" as the applicant, or verify that it is registered on its own` : v.reason === 'university-affiliate' ? `"${v.unit}" bears the name of ${v.word}${v.counted ? ` and is given the credit code of ${v.word}, so it is counted with ${v.word}: if it is registered on its own as a legal person, give its own credit code` : ` and may be an independent college or body registered on its own, not counted with ${v.word}: verify that it is an independent legal person and that the credit code is its own`}` : v.reason === 'consortium' ? `"${v.unit}" is a consortium. A consortium is no legal person (applicants must be independent legal persons): enter its lead member as the applicant and the other members as joint applicants` : v.reason === 'standing-consortium' ? `"${v.unit}" is a consortium: verify that it is registered as a legal person (as a social organisation, whose credit code starts with 5) and give its own credit code; an unregistered consortium is no independent legal person (applicants must be), and its lead member applies instead` : v.reason === 'company-part' || v.reason === 'institute-part' ? `"${v.unit}" is a division of ${v.word}, usually no independent legal person: enter "${v.word}" as the applicant, or verify that it is registered on its own` : `The credit code starts with 92, an individual business, which is no independent legal person: verify` },
    'phone-invalid':        { name: () => 'Invalid contact phone', message: ({ values: v }) => v.problem === 'error-value' ? `Phone shows the error value "${v.phone}" and no number: check the cell's formula or fill it in again` : v.problem === 'no-area-code' ? `Phone "${v.phone}" has no area code; the ministry calls from Beijing` : v.problem === 'fax-only' ? `Phone "${v.phone}" is only a fax number, which reaches no one: give a mobile or a landline with area code` : `Phone "${v.phone}" is neither a mobile nor a landline with area code` },
    'rank-invalid':         { name: () => 'Ranks or recommendation marks are wrong', message: ({ values: v }) =>
      v.problem === 'repeat'   ? `Rank ${v.rank}${rankOwner(v)} is used more than once` :
      v.problem === 'flag-unclear' ? (v.opinion ? `The recommendation opinion "${v.rank}" is neither 同意推荐 (recommended) nor 不推荐 (not recommended); the row is counted as recommended. Write one of them` : `The recommendation mark "${v.rank}" is neither yes nor no; the row is counted as recommended. Write yes or no`) :
      v.problem === 'gap'      ? `Ranks${rankOwner(v)} leave a gap: ${v.missing.join(', ')}${v.missingCount > v.missing.length ? ` and ${v.missingCount - v.missing.length} more` : ''} missing` :
      v.problem === 'too-high' ? `Rank ${v.rank}${rankOwner(v)} is higher than ${v.unnamedRecommender ? 'their' : v.recommender === undefined ? "the sheet's" : 'its'} ${counted(v.projects!, 'project')}${v.acrossSheets ? ' on all its sheets' : ''}: ranks run from 1 to ${v.projects}` :
                                 `Rank "${v.rank}" is not a positive whole number; the row is counted as recommended. Write its rank, or leave it blank if the row is not recommended` },
    'example-row':          { name: () => 'Example row of the template', message: ({ values: v }) => `This row is the template's example (marked "${v.word}"), not a project: it is left out of the counts and the other checks. Delete it before submitting` },
  },
  fields: {
    seq: 'No.', unit: 'Applicant unit', jointUnit: 'Joint applicant', uscc: 'Credit code', orgCode: 'Organisation code',
    project: 'Project', direction: 'Direction', category: 'Category', recommender: 'Recommender', region: 'Region',
    contact: 'Contact', phone: 'Phone', otherPhone: 'Second phone', choice: 'Chosen / rank', rank: 'Rank',
  },
  recommenderTypes: {
    province:        'province-level bureau',
    'planned-city':  'planned city, 计划单列市',
    'ai-org':        'AI industry organisation',
    central:         'central enterprise group',
    'ministry-unit': 'ministry-affiliated unit',
  },
  feederType: 'ordinary city or district',
  typeUnknown: 'type unknown',
  nameSources: { column: 'recommender column', line: '推荐单位（盖章） line', title: 'title', sheet: 'sheet name', none: 'not given' },
  typeSources: { option: 'your choice', name: 'inferred from the name', default: "a province's cap assumed" },
  typeReason: (r, cap) => ({
    'ai-org':         `the name contains "${r.word}" and is about AI`,
    central:          `the name contains "${r.word}"; not checked against SASAC's list of central enterprises: confirm`,
    'central-member': r.kind === 'central-member' ? `a unit of "${r.group}", which recommends for it: the unit counts against the group's cap; not checked against SASAC's list of central enterprises: confirm` : '',
    'central-listed': r.kind === 'central-listed' && r.member ? `a unit of "${r.word}" (a central enterprise on SASAC's list), which recommends for it: the unit counts against its cap` : `"${r.word}" is a central enterprise on SASAC's list`,
    'central-short-name': r.kind === 'central-short-name' ? `"${r.word}" is the short name of the central enterprise "${r.group}"` : '',
    'local-group':    `the name starts with "${r.word}": a local state-owned group, no central one, counted in the quota of "${r.word}"`,
    'ministry-unit':  `"${r.word}" is a MIIT-affiliated unit; the list may be incomplete: confirm`,
    'planned-city':   `the name contains the planned city "${r.word}"`,
    'planned-city-district': r.kind === 'planned-city-district' ? `"${r.word}" is part of the planned city "${r.city}"` : '',
    province:         `the name starts with "${r.word}"`,
    'province-like':  `"${r.word}" is usually treated as a province; unverified for this call: confirm`,
    feeder:           r.kind === 'feeder' && r.province ? `"${r.word}" is in ${r.province}: it has no quota of its own and feeds the province's ${cap}` : r.kind === 'feeder' && r.provinces ? `"${r.word}" may be in ${r.provinces.join(', ')} and the workbook names none of them: counted alone against its province's ${cap}` : `an ordinary city or district ("${r.word}") has no quota of its own and feeds its province's ${cap}`,
    'no-recommender': `the name contains "${r.word}", which is none of the notice's kinds of recommender; check the recommender, or choose its type`,
  })[r.kind],
  failures: {
    'file-missing':             (v) => `File "${v.file}" not found: check the path and name.`,
    'file-unreadable':          (v) => `File "${v.file}" cannot be read: make sure it is whole (it opens in Excel or WPS) and try again.`,
    'file-empty':               (v) => `File "${v.file}" is empty: a download, copy or save may not have finished; download it or copy it again, and check it then.`,
    'file-is-folder':           (v) => `"${v.file}" is a folder: name the .xlsx file in it to check.`,
    'file-denied':              (v) => `You may not read "${v.file}": copy it to a place you can open (Documents or the desktop, say) and check it there.`,
    'file-busy':                (v) => `"${v.file}" is locked by another program and cannot be read: close that program (Excel, WPS or an antivirus, say) and try again.`,
    'file-too-large':           (v) => `"${v.file}" is larger than 2 GB and cannot be read; no recommendation workbook is that large: make sure you chose the right file.`,
    'file-name-too-long':       (v) => `The file name or path "${v.file}" is too long to read: give the file a shorter name, or move it to a folder with a shorter path, and check it again.`,
    'picked-file-unreadable':   (v) => `The chosen file "${v.file}" can't be read: it may have been moved, deleted or changed since it was chosen, or another program holds it. Close that program and choose the file again.`,
    'not-a-workbook':           (v) => `"${v.file}" is not an Excel workbook (.xlsx): open it in Excel or WPS and save it as .xlsx.`,
    'xlsb-workbook':            (v) => `"${v.file}" is an Excel binary workbook (.xlsb), which this tool cannot read: save it as an Excel workbook (.xlsx) first.`,
    'other-document':           (v) => `"${v.file}" is ${enUS.otherDocuments[v.document as OtherDocument]}, not an Excel workbook, so it cannot be checked: choose the recommendation table's Excel file (.xlsx).`,
    'owner-file':               (v) => `"${v.file}" is the temporary file that Excel or WPS keeps beside a workbook while it is open, not the workbook itself: pick the workbook in the same folder whose name does not begin with "~$" or ".~".`,
    'workbook-damaged':         (v) => `"${v.file}" is damaged or incomplete and can't be read (a download or copy cut short, most often): download or copy it again, or open it in Excel or WPS (let it repair the file) and save it as .xlsx.`,
    'sheet-part-missing':       (v) => `The sheet "${v.sheet}" of "${v.file}" is missing its content, so it can't be checked (the file is damaged or incomplete): download or copy it again, or open it in Excel or WPS (let it repair the file) and save it as .xlsx.`,
    'text-as-workbook':         (v) => `"${v.file}" is ${enUS.textFormats[v.format as TextFormat]}, not a workbook: open it in Excel or WPS and save it as .xlsx.`,
    'zipped-workbook':          (v) => `"${v.file}" is a zip archive, not a workbook: extract it first, then check the recommendation table (.xlsx) inside.`,
    'legacy-xls':               (v) => `"${v.file}" is a legacy .xls file: save it as an Excel workbook (.xlsx) first.`,
    encrypted:                  (v) => `"${v.file}" is protected by a password and cannot be read: remove the password in Excel and save a copy.`,
    'empty-workbook':           (v) => `"${v.file}" has no worksheets: make sure you chose the right file.`,
    'no-table':                 (v) => `No recommendation table (headers such as 申报单位, 项目名称) was found in any sheet of "${v.file}": make sure you chose the right file, or name the sheet with --sheet.`,
    'winners-list-only':        (v) => `Sheet "${v.sheet}" is a previous winners list, not checked as recommendations, and no recommendation table (headers such as 申报单位, 项目名称) was found besides it: make sure you chose the right workbook.`,
    'no-projects':              (v) => `The recommendation table in "${v.file}" (sheets: ${v.sheets}) has no projects filled in: make sure you chose the right file or sheet.`,
    'formulas-not-calculated':  (v) => `The formulas in sheet "${v.sheet}" have no saved results (for example cell ${v.cell}), so what Excel would show there is unknown; another program probably wrote the file. Open it in Excel or WPS, save it once, and check it again.`,
    'sheet-not-found':          (v) => `The workbook has no sheet named "${v.sheet}" (its sheets: ${v.sheets}${v.total ? `, of ${v.total} in all` : ''}): check the name after --sheet.`,
    'sheet-ours':               (v) => `Sheet "${v.sheet}" was written by this tool (the check report, a summary tab or the marks record) and is never checked as data: ${v.sheets ? `name one of your own sheets after --sheet (this workbook has: ${v.sheets}${v.total ? `, of ${v.total} in all` : ''}), or drop --sheet to check every sheet.` : 'this workbook has no sheet of your own; check that you chose the right file.'}`,
    'sheet-no-table':           (v) => `No recommendation table (headers such as 申报单位, 项目名称) was found in sheet "${v.sheet}": check the name after --sheet, or drop --sheet to check every sheet.`,
    'winners-unreadable':       (v) => `The previous winners list "${v.file}" cannot be read: give an .xlsx or .csv file.`,
    'winners-is-folder':        (v) => `"${v.file}" is a folder: name the previous winners list in it (an .xlsx or .csv file).`,
    'winners-no-table':         (v) => `The previous winners list "${v.file}" has no 项目名称 column, nor a unit and a 揭榜方向 column: check its header.`,
    'winners-recommendations-only': (v) => `"${v.file}" holds no previous winners list, only recommendation tables: choose the winners list file, or name the sheet that holds the list 前期揭榜优胜项目.`,
    'winners-empty':            (v) => `The previous winners list "${v.file}" holds no winner (its header alone); check its contents.`,
    'winners-formulas-not-calculated': (v) => `Formulas on sheet "${v.sheet}" of the previous winners list "${v.file}" have no saved results (e.g. cell ${v.cell}), so what they show is unknown; the file was probably made by another program: open it in Excel or WPS, save it once and check again.`,
    'directions-unreadable':    (v) => `The direction list "${v.file}" cannot be read: give a .txt (one a line), .xlsx or .csv file.`,
    'directions-is-folder':     (v) => `"${v.file}" is a folder: name the direction list in it (a .txt, .xlsx or .csv file).`,
    'csv-quotes':               (v) => `Line ${v.line} of "${v.file}" has unbalanced quotes and cannot be read as CSV: open the file in Excel, save it again as .xlsx or .csv and retry.`,
    'text-bom-mismatch':        (v) => `"${v.file}" is marked as UTF-8 at its start, but its text is in another encoding such as GBK and cannot be read: save it again from the program that made it (Excel, WPS or Notepad) as UTF-8, or as GBK (ANSI) without a BOM, and retry.`,
    'directions-empty':         (v) => `The direction list "${v.file}" holds no direction: check its content.`,
    'directions-formulas-not-calculated': (v) => `Formulas on sheet "${v.sheet}" of the direction list "${v.file}" have no saved results (e.g. cell ${v.cell}), so the directions they show are unknown; the file was probably made by another program: open it in Excel or WPS, save it once and check again.`,
    'directions-recommendations-only': (v) => `"${v.file}" holds no direction list, only recommendation tables: choose the guide's direction list, or name the sheet that holds the list 揭榜方向.`,
    'profile-unreadable':       (v) => `The profile "${v.file}" cannot be read: give a JSON file.`,
    'profile-is-folder':        (v) => `"${v.file}" is a folder: name the profile in it (a JSON file).`,
    'profile-invalid':          (v) => `The profile "${v.file}" is not valid (${v.missing ? `${v.field} is missing` : `${v.field ? `${v.field}: ` : ''}${v.detail}`}): compare it with the bundled profile "${v.bundled}".`,
    'profile-not-json':         (v) => `The profile "${v.file}" is not valid JSON: the error is at line ${v.line}, column ${v.column} (often a comma after the last item, or a quote, comma or bracket left out); correct it and try again.`,
    'unknown-option':           (v) => `Unknown option "${v.option}": run quota-check --help.`,
    'unknown-option-near':      (v) => `Unknown option "${v.option}": perhaps ${v.nearest}; run quota-check --help.`,
    'unknown-option-or-file':   (v) => `Unknown option "${v.option}": if it is the file to check, write it as ${v.file}, or after -- (quota-check -- ${v.option}); run quota-check --help.`,
    'missing-option-value':     (v) => `Option "${v.option}" needs a value: run quota-check --help.`,
    'option-value-like-option': (v) => `"${v.value}" after the option "${v.option}" starts with "-" and is read as another option: if it is the value (a file name, say), join them with an equals sign: ${v.option}=${v.value}.`,
    'option-takes-no-value':    (v) => `Option "${v.option}" takes no value: drop the "=" and what follows it; run quota-check --help.`,
    'option-repeated':          (v) => `Option "${v.option}" can be given only once: keep one; run quota-check --help.`,
    'option-misdashed':         (v) => `"${v.option}" does not begin with the ASCII hyphen "-" (a Chinese input method or a document turns it into a dash or a full-width sign), so it is no option: write ${v.fixed}.`,
    'option-joined-with-value': (v) => `"${v.arg}" is an option and its value written as one argument (often because one pair of quotes holds both), so the option is not recognised: separate them with a space and quote only the value, e.g. ${v.option} "${v.value}".`,
    'full-width-space':         (v) => `"${v.arg}" holds a full-width space (typed with a Chinese input method), where the command line splits nothing: separate the file and the options with ASCII spaces.`,
    'unknown-recommender-type': (v) => `Unknown recommender type "${v.type}": use province, planned-city, ai-org, central or ministry-unit, or the type's Chinese name, as the usage lists them.`,
    'unknown-lang':             (v) => `Unsupported language "${v.lang}": use zh-CN or en-US.`,
    'no-input':                 () => `Name the workbook to check, e.g. quota-check sheet.xlsx`,
    'too-many-inputs':          (v) => `Check one workbook at a time; several were given: ${v.files}. Put a file name that has spaces in quotes, e.g. quota-check "my sheet.xlsx".`,
    'out-is-input':             (v) => `--out can't be the checked file "${v.file}" itself: this tool never changes the original. Choose another name, such as "recommendations-checked.xlsx".`,
    'out-is-list':              (v) => `--out can't be the file "${v.file}" given to ${v.option}: this tool never changes the files you give it. Choose another name, such as "recommendations-checked.xlsx".`,
    'out-not-xlsx':             (v) => `The --out file name "${v.file}" must end in .xlsx.`,
    'out-folder-missing':       (v) => `The folder "${v.folder}" does not exist: create it first or choose another place.`,
    'out-is-folder':            (v) => `"${v.file}" is a folder: give a file name after --out, such as "${v.file}${v.sep}recommendations-checked.xlsx".`,
    'out-folder-denied':        (v) => `You may not create files in the folder "${v.folder}": give --out a folder you can save to, such as Documents or the desktop.`,
    'out-file-denied':          (v) => `You may not overwrite "${v.file}" (it is read-only): give --out another file name, or clear the file's read-only attribute and try again.`,
    'out-file-busy':            (v) => `"${v.file}" is in use by another program (it may be open in Excel or WPS): close it and try again, or give --out another file name.`,
    'out-read-only-disk':       (v) => `The disk of the folder "${v.folder}" is read-only (a CD or a write-protected USB drive, say): give --out another place.`,
    'out-disk-full':            (v) => `The disk of the folder "${v.folder}" is full: free some space and try again, or give --out another disk.`,
    'out-name-too-long':        (v) => `The file name or path "${v.file}" is too long: give --out a shorter file name or folder.`,
    'out-unwritable':           (v) => `Can't write "${v.file}": give --out another file name or place and try again.`,
    'report-disk-full':         () => `The report was not written whole: the disk it is saved to (that of the file after >, say) is full. Free some space and check again, or save the report on another disk.`,
    'report-unwritable':        () => `The report was not written whole: the file it is saved to (the file after >, say) can't be written. Choose another file or place and check again.`,
    'clear-needs-out':          () => `--clear needs --out for the cleared copy, e.g. quota-check book.xlsx --clear --out book-cleared.xlsx`,
    'all-needs-clear':          () => `--all only goes with --clear (it removes the summary tabs too).`,
    'not-marked':               (v) => `"${v.file}" carries no check marks of this tool, so there is nothing to clear; no file was written.`,
    'not-with-clear':           (v) => `${v.option} can't go with --clear: clearing checks nothing and takes only --out (and --all).`,
    'record-damaged':           (v) => `The check-mark record in "${v.file}" is damaged, so the original formatting can't be restored exactly; use the original file saved before the check. No file was written.`,
  },
  textFormats: { csv: 'a text (CSV) file', html: 'a web page (HTML) table', 'xml-2003': 'an XML Spreadsheet 2003 file' },
  otherDocuments: { pdf: 'a PDF file', word: 'a Word document', presentation: 'a PowerPoint presentation', image: 'an image' },
  severity: { error: 'error', warning: 'warning' },
  rows:     (rows, sheet) => `${sheet ? `${sheet} ` : ''}row${rows.length === 1 ? '' : 's'} ${rows.join(', ')}`,
  rowsJoin: '; ',
  moreRows: (total, named) => ` and ${total - named} more`,
  reasonJoin: ': ',
  listJoin: ', ',
  nameList: (names) => names.slice(0, 3).join(', ') + (names.length > 3 ? ` and ${counted(names.length - 3, 'other')}` : ''),
  hidden: ' (the row or column is hidden, but it is still submitted)',
  hiddenSheet: ' (the sheet is hidden, but it is still submitted)',
  hiddenByFormat: " (the cell's number format hides its content on screen and on paper, but it is still submitted)",
  report: {
    verdictClean:     'No problems found.',
    verdict:          (e, w) => `Found ${e} error${e === 1 ? '' : 's'} and ${w} warning${w === 1 ? '' : 's'}.`,
    marksPresent:     'This workbook still carries check marks: clear them before submitting.',
    unreadProjects:   'Note: some rows that look like projects were not checked (below the end of a table, or in a table beside it): see the sheets below.',
    sheetsRead:       'Sheets checked:',
    sheetLine:        (name, hiddenSheet, header, rows, hidden, byFormat) => `  ${name}${hiddenSheet ? ' (hidden sheet)' : ''}: header at row ${header}, ${counted(rows, 'project')}${hidden ? ` (${hidden} hidden)` : ''}${byFormat ? ` (${counted(byFormat, 'cell')} whose number format hides what is submitted: please check them)` : ''}`,
    projectsBelowEnd: (end, rows) => `    Row ${end} ends the table (a 填报人, 注 or seal line); ${rows.length === 1 ? 'row' : 'rows'} ${rows.slice(0, 5).join(', ')}${rows.length > 5 ? ` and ${rows.length - 5} more` : ''} below it look${rows.length === 1 ? 's' : ''} like ${rows.length === 1 ? 'a project' : 'projects'} but ${rows.length === 1 ? 'was' : 'were'} not checked: if submitted, move ${rows.length === 1 ? 'it' : 'them'} above that row and check again.`,
    tableBeside: (column) => `    From column ${column} on, the header names 申报单位 and 项目名称 again: another table beside this one, not checked. Move it to a sheet of its own, or below this table with its header, and check again.`,
    skipped:          (sheet) => `  ${sheet.name}: ${sheet.reason === 'winners-list' ? `previous winners list, not checked as recommendations${sheet.used ? '; used to find previous winners' : '; the list given with --winners was used instead'}` : sheet.reason === 'direction-list' ? `direction list, not checked as recommendations${sheet.used ? '; used to check the directions' : '; the list given with --directions was used instead'}` : sheet.reason === 'direction-list-unread' ? `named as a direction list, but ${sheet.why === 'counts' ? 'it holds numbers (such as 项目数), as a summary by direction does' : 'no direction was read from it (it needs a 揭榜方向 column)'}: not used as the list, nor a recommendation table, skipped` : { 'no-table': 'no table, skipped', ours: 'written by this tool, skipped', 'very-hidden': 'very hidden, skipped' }[sheet.reason]}`,
    summarySheet:     (name, others) => `  Note: all projects of "${name}" are also on other sheets (${others}): it is most likely their summary, so each of its projects is reported as a duplicate project and counts twice against the cap. To check the summary alone, or the other sheets alone, name the sheets with --sheet.`,
    directionList:    ({ count, expected, complete, uncategorised: odd, source }, sheets) => complete ? `The direction list${fromSheets(sheets)} is complete (${count}).` : count > expected ? `The direction list${fromSheets(sheets)} holds ${count} directions, more than the ${expected} of the notice: direction checks are warnings only; ${odd ? `${odd.slice(0, 5).map((d) => `"${d}"`).join(', ')}${odd.length > 5 ? ` and ${odd.length - 5} more` : ''} stand under no category and are likely no directions (a title, a note): remove them from the list; ` : ''}check that ${sheets ? 'the sheet' : '--directions'} gives this call's guide.` : `The direction list${fromSheets(sheets)} is partial (${count} of ${expected}): direction checks are warnings only; ${source === 'profile' ? "give the guide's list with --directions." : `complete ${sheets ? 'the sheet' : 'the list given with --directions'} from the guide.`}`,
    winnersList:      ({ winners: n, titled, unreadHeaders: unread }, sheets) => titled === n ? `Previous winners list${fromSheets(sheets)}: ${counted(n, 'project')}.` : titled === 0 && unread ? `No project title column was recognised in the previous winners list${fromSheets(sheets)} (unrecognised headers: ${unread.map((h) => `"${h}"`).join(', ')}); it was read by unit and direction (${counted(n, 'line')}): a unit that won before is found, a project entered again is not. If one of these columns holds the titles, head it 项目名称 and check again.` : titled === 0 ? `The previous winners list${fromSheets(sheets)} names units and directions but no projects (${counted(n, 'line')}): a unit that won before is found, a project entered again is not.` : `Previous winners list${fromSheets(sheets)}: ${counted(titled, 'project')}, and ${counted(n - titled, 'line')} naming a unit without a project, for which only the unit is compared, not the project.`,
    findings:         'Findings:',
    ruleHeading:      (name, id, count) => `[${name}] ${id}, ${count}`,
    cell:             (sheet, column, row, forRow) => `${sheet} ${enCellRef(column, row, forRow)}`,
    cellRef:          enCellRef,
    cells:            (sheet, refs, total) => `${sheet} ${refs.join(', ')}${total > refs.length ? ` and ${total - refs.length} more` : ''}`,
    recommenders:     'By recommender:',
    recommenderLine:  (r) => `  ${r.name || '(no recommender named)'} | ${r.type} (${r.typeFrom}) | ${r.capOf === 'province' ? "province's cap" : 'cap'} ${r.cap} | counted ${r.counted}${r.rows !== r.counted ? ` (of ${counted(r.rows, 'row')})` : ''}${r.over ? ` | over by ${r.over}` : ''}${r.unnamed ? ` | ${counted(r.unnamed, 'row')} naming no recommender counted as the workbook's only named one's` : ''}`,
    typeUnknown:      (name, cap) => name ? `Note: the type of the recommender "${name}" is unknown; its cap is assumed to be a province's ${cap}. Check it, or give --recommender-type.` : `Note: some rows name no recommender, whose type is unknown; the cap is assumed to be a province's ${cap}. Give --recommender-type.`,
    units:            'By applicant unit (units over the limit):',
    unitLine:         (u) => `  ${u.unit ? `${u.unit}${u.sameName ? ` (code ${u.uscc})` : ''}` : `(no name given, code ${u.uscc})`}: ${counted(u.projects, 'project')}${u.jointRows && u.jointCounted ? `, ${u.jointRows} of them as a joint applicant` : ''}${u.over > 0 || !(u.sameName || u.sameCode) ? ` (limit ${u.limit}, over by ${u.over})` : ''}${u.sameName ? `; rows of the same name give other credit codes: if they are one unit, it has ${counted(u.sameName.projects, 'project')} (limit ${u.limit}, over by ${u.sameName.over})` : ''}${u.sameCode ? `; its credit code is also written under other units' names: if they are one unit, it has ${counted(u.sameCode.projects, 'project')} (limit ${u.limit}, over by ${u.sameCode.over})` : ''}${u.jointRows && !u.jointCounted ? `; also a joint applicant on ${counted(u.jointRows, 'row')}, not counted` : ''}`,
    unitsWithinLimit: (count, noneOver) => count === 0 ? '' : count === 1 ? `  The ${noneOver ? '' : 'other '}unit is within the limit.` : `  ${noneOver ? 'All' : 'The other'} ${count} units are within the limit.`,
    unitsUnwritten:   (projects) => `  ${counted(projects, 'project')} ${projects === 1 ? 'gives' : 'give'} neither an applicant unit nor a credit code, so ${projects === 1 ? 'it counts' : 'they count'} toward no unit.`,
    directions:       'By direction:',
    directionLine:    (d) => `  ${d.unwritten ? NO_DIRECTION : `${d.category || '(no category)'} | ${d.direction}`} | ${d.projects}${d.rows !== d.projects ? ` (of ${counted(d.rows, 'row')}; the rest not recommended)` : ''}${d.known || d.unwritten ? '' : d.several ? ` (names ${d.several.length} directions, counted under none of them)` : ' (not a known direction)'}`,
    directionSelectionNote: (n) => `  Note: the ministry selects at most ${n} per direction; that is no cap on recommenders.`,
  },
  write: {
    noteLine:      (severity, message, rows) => `[${severity}] ${rows ? `rows ${rows.join(', ')}: ` : ''}${message}`,
    rowNoteLine:   (severity, column, rule) => `[${severity}] ${column ? `column ${column}: ` : ''}${rule}`,
    sheetRows:     (sheet, rows) => `${sheet} row${rows.length === 1 ? '' : 's'} ${rows.join(', ')}`,
    sheetRowsJoin: '; ',
    yes:           'yes',
    no:            'no',
    stampLines:    ['Recommender (stamp):                              Date:', 'Filled in by:                    Phone:'],
    pageFooter:    '&A    page &P of &N',
    report: {
      title:       'Check report',
      checkedAt:   (time) => `Checked at: ${time}`,
      profile:     (id) => `Profile: ${id}`,
      marksNotice: 'This workbook carries check marks (fills and notes). Red and yellow fills print: clear them (Clear marks, or quota-check --clear) before submitting, so that the paper copy matches the online submission.',
      noMarksNotice: (sheet) => `This check marked no cell. The sheet "${sheet}" is this tool's: remove it (Clear marks, or quota-check --clear) before submitting, so that the paper copy matches the online submission.`,
      renamed:     (wanted, actual) => `The workbook has a sheet of your own named "${wanted}"; it was left alone, and ours is named "${actual}".`,
      lostParts:   (parts) => `Note: the original workbook has content this tool can't keep (${parts}); this copy lacks it. Make any fixes in the original file.`,
      partNames: {
        'pivot-tables': 'pivot tables', charts: 'charts', slicers: 'slicers', timelines: 'timelines', 'threaded-comments': 'threaded comments',
        macros: 'macros', 'form-controls': 'controls (check boxes, option buttons and the like)', shapes: 'shapes and text boxes', 'header-footer-pictures': 'pictures in headers and footers',
        'cell-pictures': 'pictures placed in cells',
        'filter-criteria': 'filter criteria of tables (Format as Table) by colour or icon',
        'conditional-formats': 'some conditional formatting (such as duplicate values highlighted)', 'extended-validations': 'some data validation (lists from other sheets)',
        'place-links': 'some hyperlinks (to a range of cells or a name, or set on several cells)',
        'dynamic-arrays': 'dynamic-array formulas (FILTER, UNIQUE and other spilling formulas become legacy array formulas in the copy; their values stay)',
        'external-links': 'links to other workbooks (external references in formulas)',
      },
      columns: {
        seq: 'No.', severity: 'Severity', rule: 'Rule id', ruleName: 'Rule', sheet: 'Sheet', row: 'Row', column: 'Column',
        text: 'Cell text', message: 'Message', link: 'Go to',
      },
    },
    units: {
      title:   'Summary by applicant unit',
      columns: { seq: 'No.', unit: 'Applicant unit', uscc: 'Credit code', projects: 'Projects', jointCounted: 'Of which joint', jointNotCounted: 'Joint (not counted)', limit: 'Limit', over: 'Over by', rows: 'Rows', note: 'Note' },
      withNotChosen: (counted, notChosen) => (counted ? `${counted} (not recommended: ${notChosen})` : `${notChosen} (none recommended)`),
      sameName:      (projects, limit, over) => `Rows of the same name give other credit codes: if they are one unit, it has ${projects} in all (limit ${limit}${over > 0 ? `, over by ${over}` : ''})`,
      sameCode:      (projects, limit, over) => `Its credit code is also written under other units' names: if they are one unit, it has ${projects} in all (limit ${limit}${over > 0 ? `, over by ${over}` : ''})`,
      noteSeparator: '; ',
      noName:        '(not given)',
      unwritten:     '(no applicant unit given)',
    },
    directions: {
      title:   'Summary by direction',
      columns: { seq: 'No.', category: 'Category', direction: 'Direction', projects: 'Projects', counted: 'Counted', rows: 'All rows', known: 'On the list' },
      several: 'No (names several)',
      unwritten: NO_DIRECTION,
      total:   'Total',
    },
    recommenders: {
      title:   'Summary by recommender',
      columns: { seq: 'No.', name: 'Recommender', type: 'Type', typeFrom: 'Type from', cap: 'Cap', rows: 'All rows', counted: 'Counted', over: 'Over by' },
    },
  },
  copy: {
    marked:      (file, cells) => `Wrote a marked copy: ${file} (${counted(cells, 'cell')} marked, with the check report and summary tabs)`,
    cleared:     (file, cells, sheets) => `Wrote a cleared copy: ${file} (${counted(cells, 'cell')} restored${sheets ? `; sheets removed: ${sheets}` : ''})`,
    keptChanges: (cells) => `${cells} of them had their fill, font colour or note changed by hand after the check; your changes were kept.`,
    lostMarks:   (places) => `The marks of these rows could not be found again (the row deleted, or its unit and project changed) and were left alone; check them by hand: ${places}`,
    lostRow:     ({ sheet, row, unit, project }) => `${sheet}: ${[unit && `unit "${unit}"`, project && `project "${project}"`].filter(Boolean).join(', ')}${unit || project ? ` (was row ${row})` : `was row ${row}`}`,
    unrecordedMarks: (places) => `These cells carried this tool's notes but are not in the workbook's record of marks (copied or pasted from a marked sheet?): our notes were removed and yours kept; their fill before the mark can't be known, so the mark's fill and font colour were removed; check them: ${places}`,
    lostParts:   (parts) => `Note: the original workbook has content this tool can't keep (${parts}); the copy lacks it. Make fixes in the original, and don't replace it with the copy.`,
  },
  usage: USAGE,
  unexpected: (detail) => `An unexpected error stopped the check (${detail}): please send this workbook and this message to support.`,
};
