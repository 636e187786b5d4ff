import { HEADER, sheet, workbook } from './grid';
import { validUscc } from './uscc';

/** Four units, each with one project, all naming 丙大学 as their joint applicant (联合申报单位). */
export const fourUnitsNamingOneJointApplicant = () =>
  workbook(
    sheet('S', [
      [...HEADER, '联合申报单位'],
      ...[0, 1, 2, 3].map((i) => [
        i + 1,
        `单位${i}`,
        validUscc(i + 1),
        `项目${i}号`,
        '智能传感器',
        '核心基础',
        '',
        '丙大学',
      ]),
    ]),
  );
