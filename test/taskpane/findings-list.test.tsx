/** @jest-environment ./test/helpers/jsdom-environment.js */
import { render, screen, within } from '@testing-library/react';
import { defaultProfile } from '../../src/core/profile';
import type { Lang } from '../../src/i18n';
import { FindingsList } from '../../src/taskpane/components/FindingsList';
import { checkGrid } from '../helpers/findings';
import { projectSheet, workbook } from '../helpers/grid';
import { validUscc } from '../helpers/uscc';

/** One applicant with three projects, checked under a profile whose limit is `unitLimit`. */
const result = (unitLimit: number) =>
  checkGrid(
    workbook(
      projectSheet(
        'S',
        [1, 2, 3].map((i) => ['星河智算', validUscc(1), `项目${i}`]),
      ),
    ),
    { profile: { ...defaultProfile(), unitLimit } },
  );

describe('the findings list', () => {
  test.each<[Lang, string]>([
    ['zh-CN', '每个主体申报不超过2个项目'],
    ['en-US', 'At most 2 projects per applicant (每个主体申报不超过2个项目)'],
  ])('heads a rule with the numbers of the profile the check ran under, in %s', (lang, name) => {
    const { findings, profileNumbers } = result(2);
    render(
      <FindingsList
        findings={findings}
        profileNumbers={profileNumbers}
        lang={lang}
        onSelect={() => undefined}
        cellOf={() => undefined}
      />,
    );
    // The header is the group's first button; the findings below it are buttons too, whose sentences name the limit.
    const [header] = within(screen.getByTestId('group-unit-over-limit')).getAllByRole('button');
    expect(header?.textContent).toBe(`${name}3`);
  });
});
