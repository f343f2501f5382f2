/**
 * Text that came from elsewhere (a server's error reason, a line of the input file) made safe for one line of
 * a terminal: control characters are written as escapes (`\n`, `\u001b`). A reason with a newline split one
 * error into two lines, the second one free to look like anything (`elastream: loaded 1,000 documents`), and
 * a reason with ESC could send escape sequences to the user's terminal.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

export function oneLine(text: string): string {
  return text.replace(CONTROL, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))
}
