import { ChangeEvent, InputHTMLAttributes, RefObject, TextareaHTMLAttributes, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { CommandRejected } from '../api/commands';
import { Task, useTask } from '../api/task';

/** A server's field message in words: Bean Validation's "must match "^…$"" says nothing to a person. */
export function fieldWords(message: string): string {
  return message.startsWith('must match') ? 'has characters or a format that is not allowed' : message;
}

/**
 * The words a 400 problem gave for each field, keyed by field name (`price.amount` is `amount` when `prefix` is
 * `price.`); empty for any other error.
 */
export function fieldErrorsOf(error: unknown, prefix = ''): Record<string, string> {
  const fields = error instanceof ApiError || error instanceof CommandRejected ? error.fields : [];
  const byField: Record<string, string> = {};
  for (const { field, message } of fields) {
    const name = prefix && field.startsWith(prefix) ? field.slice(prefix.length) : field;
    byField[name] = byField[name] ? `${byField[name]}; ${fieldWords(message)}` : fieldWords(message);
  }
  return byField;
}

/** After the server refused some fields, puts the keyboard on the first of them in `form`. */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, errors: Record<string, string>) {
  useEffect(() => {
    if (Object.keys(errors).length) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, errors]);
}

export interface SubmitOptions {
  /** Problems found before sending, by field: any of them stops the action. */
  problems?: Record<string, string>;
  /** What the status says when fields are refused; the refusal's own words if not given. */
  refused?: string;
  /** The prefix of nested fields' names in a 400 (`price.` makes `price.amount` the field `amount`). */
  prefix?: string;
}

export interface FormTask {
  form: RefObject<HTMLFormElement | null>;
  task: Task;
  errors: Record<string, string>;
  /** Clears the errors, stops at `problems`, runs `action`; a 400's field errors land beside their fields. */
  submit: (pending: string, action: () => Promise<string>, options?: SubmitOptions) => Promise<boolean>;
}

/** A form's action, pending then done or rejected in words, and its fields' errors; the keyboard goes to the first. */
export function useFormTask(): FormTask {
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstError(form, errors);
  const [task, run] = useTask();
  const submit = useCallback(
    (pending: string, action: () => Promise<string>, { problems = {}, refused, prefix = '' }: SubmitOptions = {}) => {
      setErrors(problems);
      return run(pending, async () => {
        if (Object.keys(problems).length) throw new Error(refused ?? 'Please correct the marked fields.');
        try {
          return await action();
        } catch (error) {
          const fields = fieldErrorsOf(error, prefix);
          if (Object.keys(fields).length === 0) throw error;
          setErrors(fields);
          throw refused ? new Error(refused) : error;
        }
      });
    },
    [run],
  );
  return { form, task, errors, submit };
}

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** A text area (three rows) instead of a one-line input. */
  multiline?: boolean;
  onChange?: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}

/** A labelled input with an optional hint and the server's error in words beside it, both tied to the input. */
export function Field({ id, label, hint, error, multiline, ...input }: FieldProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const control = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted help">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea rows={3} {...control} {...(input as TextareaHTMLAttributes<HTMLTextAreaElement>)} />
      ) : (
        <input {...control} {...input} />
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
