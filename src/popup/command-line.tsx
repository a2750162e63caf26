import { useState } from 'preact/hooks';
import { copyText } from './copy-text.ts';
import { t } from '../platform/i18n.ts';

/** A PowerShell command (code, never translated) with a copy button. */
export function CommandLine({ command }: { command: string }) {
  const [copied, setCopied] = useState<boolean | undefined>();
  // copyText never rejects: a refusal comes back as false.
  const copy = () => void copyText(command).then(setCopied);
  return (
    <div class="command">
      <code class="command-text">{command}</code>
      <button type="button" class="button-quiet command-copy" aria-label={t('popup_copy_command', { command })} onClick={copy}>
        {copied === undefined ? t('popup_copy') : copied ? t('popup_copied') : t('popup_copy_failed_short')}
      </button>
    </div>
  );
}
