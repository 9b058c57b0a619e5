import { InputHTMLAttributes, ReactNode } from 'react';

type FieldProps = {
  id: string;
  label: string;
  error?: string;
  help?: ReactNode;
  multiline?: boolean;
  value: string;
  onChange: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/**
 * A labelled input with its help and its error in words right below it; the input points at both with
 * aria-describedby and says it is invalid while the error shows.
 */
export function Field({ id, label, error, help, multiline, value, onChange, ...input }: FieldProps) {
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(' ') || undefined;
  const common = { id, value, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} {...input} onChange={(event) => onChange(event.target.value)} />
      )}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
      {help && (
        <span id={helpId} className="muted">
          {help}
        </span>
      )}
    </div>
  );
}
