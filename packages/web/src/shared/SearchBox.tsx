import { Input } from 'antd';
import { useEffect, useState } from 'react';

interface SearchBoxProps {
  /** The search the list applies; the box shows it again when the list's filters are reset. */
  value: string | null | undefined;
  /** Receives the trimmed text, or null for an empty box, when the user presses Enter or the button. */
  onSearch: (text: string | null) => void;
  placeholder: string;
  width: number;
  testId?: string;
}

/** Renders a list's text search, which applies on Enter rather than on every keystroke. */
export function SearchBox({ value, onSearch, placeholder, width, testId }: SearchBoxProps) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <Input.Search
      allowClear
      placeholder={placeholder}
      style={{ width }}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onSearch={(typed) => onSearch(typed.trim() || null)}
      data-testid={testId}
    />
  );
}
