import { useEffect, useRef, useState } from 'preact/hooks';
import { fileDialogClosesPopup, openedForFile, openFileRouteInTab } from './file-route.ts';
import { formatNumber, t } from '../platform/i18n.ts';
import { isLargeText } from './large-text.ts';
import type { FileText } from './read-text-file.ts';

export interface PasteInput {
  text: string;
  /** Kept out of the <textarea> (too long to lay out quickly). */
  large: boolean;
  /** Where the text came from, when not typed: shown beside the box. */
  origin?: { kind: 'selection' } | { kind: 'file'; name: string };
}

interface Props {
  input: PasteInput;
  /** Lines in the text once scanned (counted in the worker for a large paste). */
  lines: number | undefined;
  /** `typed` texts are scanned after a short pause; the rest at once. */
  onInput: (text: string, how: { typed: boolean; origin?: PasteInput['origin'] }) => void;
  onClear: () => void;
}

const ACCEPT = '.txt,.csv,.log,text/plain,text/csv';

function sizeOf(chars: number): string {
  // UTF-16 units are close enough to bytes for a size hint.
  return chars >= 1024 * 1024 ? `${formatNumber(Math.round((chars / 1024 / 1024) * 10) / 10)} MB` : `${formatNumber(Math.ceil(chars / 1024))} KB`;
}

/** The text area (or, for a huge paste, a compact "N lines pasted" state), file picking and dropping. */
export function PasteBox({ input, lines, onInput, onClear }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [fileError, setFileError] = useState<string | undefined>();
  const textArea = useRef<HTMLTextAreaElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const forFile = openedForFile();
  /** Firefox's popup would close under the file dialog: pick files in a tab there. */
  const [viaTab, setViaTab] = useState(false);
  useEffect(() => {
    void fileDialogClosesPopup().then(setViaTab);
    // The admin came to paste or to pick a file: put the focus there (a popup otherwise starts on <body>).
    (forFile ? openButton.current : textArea.current)?.focus();
  }, []);

  const chooseFile = () => {
    if (viaTab) void openFileRouteInTab();
    else fileInput.current?.click();
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    let read: FileText;
    try {
      // Our own packaged sibling (dist/read-text-file.js): the decoders load when a file comes, not with every popup.
      read = await (await import('./read-text-file.js')).readTextFile(file);
    } catch {
      read = { ok: false, error: 'popup_file_unreadable' };
    }
    if (!read.ok) {
      setFileError(t(read.error, { name: file.name }));
      return;
    }
    setFileError(undefined);
    onInput(read.text, { typed: false, origin: { kind: 'file', name: file.name } });
  };

  const onPaste = (event: ClipboardEvent) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    // Keep a huge paste out of the text area: laying it out would freeze the popup for seconds.
    if (isLargeText(text)) {
      event.preventDefault();
      onInput(text, { typed: false });
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void openFile(event.dataTransfer?.files[0]);
  };
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    setDragging(true);
  };

  const origin = input.origin;
  const note = origin?.kind === 'selection' ? t('popup_from_selection') : origin?.kind === 'file' ? t('popup_from_file', { name: origin.name }) : undefined;

  return (
    <div class={`paste${dragging ? ' dragging' : ''}`} onDragOver={onDragOver} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      {input.large ? <span class="paste-label">{t('popup_paste_label')}</span> : <label for="paste-text" class="paste-label">{t('popup_paste_label')}</label>}
      {input.large ? (
        <div class="large-text" role="status" data-testid="large-text">
          <span class="large-text-icon" aria-hidden="true">
            ≡
          </span>
          <span>{lines === undefined ? t('popup_large_text_pending', { size: sizeOf(input.text.length) }) : t('popup_large_text', { lines, size: sizeOf(input.text.length) })}</span>
          <button type="button" class="link-button" onClick={onClear}>
            {t('popup_clear')}
          </button>
        </div>
      ) : (
        <textarea
          ref={textArea}
          id="paste-text"
          class="paste-text"
          rows={4}
          spellcheck={false}
          autocomplete="off"
          placeholder={t('popup_paste_placeholder')}
          value={input.text}
          onPaste={onPaste}
          onInput={(e) => onInput(e.currentTarget.value, { typed: true })}
        />
      )}
      <div class="paste-tools">
        <button ref={openButton} type="button" class={forFile ? 'button button-primary' : 'button-quiet'} onClick={chooseFile} data-via-tab={String(viaTab)}>
          {t('popup_open_file')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPT}
          hidden
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const target = e.currentTarget;
            void openFile(target.files?.[0]).finally(() => (target.value = ''));
          }}
        />
        <span class="paste-hint">{note ?? t('popup_drop_hint')}</span>
        {!input.large && input.text !== '' && (
          <button type="button" class="link-button" onClick={onClear}>
            {t('popup_clear')}
          </button>
        )}
      </div>
      {forFile && !origin && <p class="file-route-note">{t('popup_file_route_note')}</p>}
      {fileError && (
        <p class="error" role="alert">
          {fileError}
        </p>
      )}
    </div>
  );
}
