/** What a file input takes: one zip archive, or a whole folder (every file below it). */
export type FileChoiceKind = 'zip' | 'folder';

interface Props {
  /** The reader-visible label, already translated. */
  label: string;
  kind: FileChoiceKind;
  testId: string;
  disabled: boolean;
  /** The chosen files (copied: the input is cleared so the same choice can be made again); never empty. */
  onChoose: (files: File[]) => void;
}

// `webkitdirectory` is a boolean property in Chromium and Firefox: Preact sets it as one, so it must
// be `true` (an empty string set it to false and the "folder" input picked files, not a folder).
const ATTRIBUTES: Record<FileChoiceKind, Record<string, unknown>> = {
  zip: { accept: '.zip,application/zip' },
  folder: { webkitdirectory: true, directory: '', multiple: true },
};

/** A labelled file input in its own paragraph, as the options page's export/import controls use it. */
export function FileChoice({ label, kind, testId, disabled, onChoose }: Props) {
  return (
    <p>
      <label>
        {label}{' '}
        <input
          type="file"
          data-testid={testId}
          disabled={disabled}
          {...ATTRIBUTES[kind]}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length > 0) onChoose(files);
          }}
        />
      </label>
    </p>
  );
}
