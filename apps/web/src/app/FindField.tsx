import {
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useState, type ReactNode } from 'react';
import { MAX_FIND_LENGTH } from './find';

export { MAX_FIND_LENGTH };

/** `value`, once it has stopped changing for `delay` ms: one question to the API per pause in typing. */
export function useDebounced<T>(value: T, delay = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(id);
  }, [value, delay]);
  return settled;
}

/**
 * "Find by name" above a picker whose options come from the API a page at a time: a labelled
 * search box with a hint, and a polite status that says how many were found once the answer for
 * the text typed is there (so a screen-reader user hears it without leaving the box). The box
 * stays mounted while the list below reloads, so typing is never interrupted. Escape empties a
 * search box in every browser.
 */
export function FindField({
  id,
  label,
  hint,
  value,
  onChange,
  found,
}: {
  id: string;
  label: ReactNode;
  hint: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** The status's sentence (how many were found); nothing while there is no text or no answer yet. */
  found: ReactNode;
}) {
  return (
    <FormField className="pw-find">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription>
      <Textbox
        id={id}
        type="search"
        value={value}
        maxLength={MAX_FIND_LENGTH}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <Paragraph role="status" className="pw-find__found">
        {found}
      </Paragraph>
    </FormField>
  );
}
