import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Lang } from '../../i18n';
import { pageMessagesFor } from '../../i18n/page';

/** Props of the open bar: what choosing a file and the sample do. */
export interface OpenBarProps {
  lang: Lang;
  busy: boolean;
  onFile(file: File): void;
  onSample(): void;
}

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** 打开推荐表 (a file picker) and 试用示例, with a hint that a file can also be dropped on the page. */
export function OpenBar({ lang, busy, onFile, onSample }: OpenBarProps) {
  const styles = useStyles();
  const page = pageMessagesFor(lang);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.bar}>
      <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()}>
        {page.open.choose}
      </Button>
      <input
        ref={input}
        type="file"
        // .xls and .csv are accepted so that choosing one gets its sentence rather than a file that can't be found.
        accept=".xlsx,.xls,.csv"
        hidden
        data-testid="workbook-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Button disabled={busy} onClick={onSample} data-testid="sample">
        {page.open.sample}
      </Button>
      <Text className={styles.hint}>{page.open.drop}</Text>
    </div>
  );
}
