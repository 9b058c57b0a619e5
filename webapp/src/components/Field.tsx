import { InputHTMLAttributes, RefObject, useEffect } from 'react';
import { ApiError } from '../api/client';
import { CommandRejected } from '../api/commands';

/** The words a 400 problem gave for each field, keyed by field name; empty for any other error. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const fields = error instanceof ApiError || error instanceof CommandRejected ? error.fields : [];
  const byField: Record<string, string> = {};
  for (const { field, message } of fields) byField[field] = byField[field] ? `${byField[field]}; ${message}` : message;
  return byField;
}

/** After the server refused some fields, puts the keyboard on the first of them in `form`. */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, errors: Record<string, string>) {
  useEffect(() => {
    if (Object.keys(errors).length) form.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }, [form, errors]);
}

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled input with an optional hint and the server's error in words beside it, both tied to the input. */
export function Field({ id, label, hint, error, ...input }: FieldProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted help">
          {hint}
        </p>
      )}
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={described || undefined} {...input} />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
