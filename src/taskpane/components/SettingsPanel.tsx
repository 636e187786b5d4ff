import {
  Button,
  Checkbox,
  Field,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type ChangeEvent } from 'react';
import { RECOMMENDER_TYPES, isRecommenderType } from '../../core/recommender-type';
import type { RecommenderSummary } from '../../core/summary';
import { messagesFor, recommenderTypeText, typeFromText, type Lang } from '../../i18n';
import { paneMessagesFor } from '../../i18n/pane';
import type { PcLists, WorkbookChoices } from '../settings';

/** Props of the settings: the PC's lists, the workbook's choices, and what each change does. */
export interface SettingsPanelProps {
  lang: Lang;
  lists: PcLists;
  choices: WorkbookChoices;
  /** The workbook's data sheets, for the sheets to check and a winners list kept in a sheet. */
  sheetNames: readonly string[];
  /** The recommenders of the last check, to show how each one's type was decided. */
  recommenders: readonly RecommenderSummary[];
  onWinnersFile(file: File): void;
  /** A winners list kept in a sheet of the open workbook; the offline page leaves it out. */
  onWinnersSheet?(sheet: string): void;
  onWinnersRemove(): void;
  onDirectionsText(text: string): void;
  onDirectionsFile(file: File): void;
  onDirectionsRemove(): void;
  onChoicesChange(choices: WorkbookChoices): void;
  disabled?: boolean;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  file: { fontSize: tokens.fontSizeBase200, maxWidth: '100%' },
  sheets: { display: 'flex', flexDirection: 'column' },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** A file picker that hands over the chosen file, emptied after each choice so that the same file fires again. */
function FileInput(props: {
  className: string;
  accept: string;
  label: string;
  disabled: boolean;
  onFile(file: File): void;
}) {
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) props.onFile(file);
  };
  return (
    <input
      className={props.className}
      type="file"
      accept={props.accept}
      aria-label={props.label}
      disabled={props.disabled}
      onChange={choose}
    />
  );
}

/**
 * The settings: the previous winners list and the direction list (on this PC, for every workbook), and this
 * workbook's recommender type (inferred, with its reason, or overridden) and sheets to check.
 */
export function SettingsPanel(props: SettingsPanelProps) {
  const { lang, lists, choices, sheetNames, recommenders, disabled = false } = props;
  const styles = useStyles();
  const pane = paneMessagesFor(lang);
  const s = pane.settings;
  const messages = messagesFor(lang);
  const [directionText, setDirectionText] = useState(lists.directions?.text ?? '');
  const chosen = new Set(choices.sheets ?? []);

  const toggleSheet = (sheet: string, on: boolean) => {
    const sheets = sheetNames.filter((name) => (name === sheet ? on : chosen.has(name)));
    props.onChoicesChange({ ...choices, sheets });
  };
  const chooseType = (value: string) => {
    props.onChoicesChange({ ...choices, recommenderType: isRecommenderType(value) ? value : undefined });
  };

  return (
    <div className={styles.panel} data-testid="settings">
      <Text className={styles.heading}>{s.pcHeading}</Text>
      <Field label={s.winners} hint={lists.winners ? undefined : s.winnersNone}>
        <div className={styles.panel}>
          {lists.winners && (
            <div className={styles.row}>
              <Text data-testid="winners-status">
                {s.winnersLoaded(
                  lists.winners.source,
                  lists.winners.winners.length,
                  lists.winners.winners.filter((winner) => winner.project !== '').length,
                )}
              </Text>
              <Button size="small" onClick={props.onWinnersRemove} disabled={disabled}>
                {s.remove}
              </Button>
            </div>
          )}
          <FileInput
            className={styles.file}
            accept=".xlsx,.csv"
            label={`${s.winners}：${s.chooseFile}`}
            disabled={disabled}
            onFile={props.onWinnersFile}
          />
          {props.onWinnersSheet && (
            <Select
              aria-label={s.winnersFromSheet}
              value=""
              disabled={disabled}
              onChange={(_, data) => data.value && props.onWinnersSheet?.(data.value)}
            >
              <option value="">{`${s.winnersFromSheet}…`}</option>
              {sheetNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          )}
        </div>
      </Field>
      <Field label={s.directions} hint={s.directionsHint}>
        <div className={styles.panel}>
          <Text data-testid="directions-status">
            {lists.directions
              ? s.directionsLoaded(lists.directions.source, lists.directions.directions.length)
              : s.directionsNone}
          </Text>
          <Textarea
            aria-label={s.directions}
            value={directionText}
            resize="vertical"
            disabled={disabled}
            onChange={(_, data) => setDirectionText(data.value)}
          />
          <div className={styles.row}>
            <Button size="small" onClick={() => props.onDirectionsText(directionText)} disabled={disabled}>
              {s.directionsSave}
            </Button>
            {lists.directions && (
              <Button
                size="small"
                disabled={disabled}
                onClick={() => {
                  setDirectionText('');
                  props.onDirectionsRemove();
                }}
              >
                {s.remove}
              </Button>
            )}
          </div>
          <FileInput
            className={styles.file}
            accept=".txt,.xlsx,.csv"
            label={`${s.directions}：${s.chooseDirectionsFile}`}
            disabled={disabled}
            onFile={props.onDirectionsFile}
          />
        </div>
      </Field>

      <Text className={styles.heading}>{s.workbookHeading}</Text>
      <Field label={s.recommenderType}>
        <Select
          value={choices.recommenderType ?? ''}
          disabled={disabled}
          onChange={(_, data) => chooseType(data.value)}
        >
          <option value="">{s.recommenderTypeAuto}</option>
          {RECOMMENDER_TYPES.map((type) => (
            <option key={type} value={type}>
              {s.recommenderTypes[type]}
            </option>
          ))}
        </Select>
      </Field>
      <div data-testid="recommenders">
        {recommenders.length === 0 ? (
          <Text size={200}>{s.inferredNone}</Text>
        ) : (
          recommenders.map((r, i) => (
            <Text key={i} size={200} block>
              {s.inferred(messages.nameList(r.names), recommenderTypeText(r, lang), typeFromText(r, lang))}
            </Text>
          ))
        )}
      </div>
      <div role="group" aria-label={s.sheets} className={styles.sheets}>
        <Text weight="semibold" size={300}>
          {s.sheets}
        </Text>
        {sheetNames.map((name) => (
          <Checkbox
            key={name}
            label={name}
            checked={chosen.has(name)}
            disabled={disabled}
            onChange={(_, data) => toggleSheet(name, data.checked === true)}
          />
        ))}
        <Text size={200} className={styles.hint}>
          {s.sheetsHint}
        </Text>
      </div>
    </div>
  );
}
