import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../i18n';
import { pageMessagesFor } from '../../i18n/page';

/** Props of the download bar. */
export interface DownloadBarProps {
  lang: Lang;
  busy: boolean;
  onMarked(): void;
  onRecheck(): void;
}

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** 下载带标记的副本 and 按新设置重新校验: the actions on a checked workbook. */
export function DownloadBar({ lang, busy, onMarked, onRecheck }: DownloadBarProps) {
  const styles = useStyles();
  const page = pageMessagesFor(lang);
  return (
    <div className={styles.bar}>
      <Button appearance="primary" disabled={busy} onClick={onMarked} data-testid="download-marked">
        {page.download.marked}
      </Button>
      <Button disabled={busy} onClick={onRecheck} data-testid="recheck">
        {page.recheck}
      </Button>
    </div>
  );
}
