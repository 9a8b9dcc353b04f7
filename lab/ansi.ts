/** Removes ANSI colour and cursor sequences (what a terminal shows, without what it hides). */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex -- ANSI escapes are control characters by definition.
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r\n?/g, '\n');
}
