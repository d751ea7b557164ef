// An input error is something the user can fix (an empty text, a binary file): the edges turn it
// into a 4xx with its message next to the field. Anything else thrown is a bug and becomes a 500.

export interface InputProblem {
  /** Which input the problem is about: a form field, a file name, or an article index. */
  field?: string;
  message: string;
}

export class InputError extends Error {
  readonly problems: InputProblem[];
  /** HTTP status the edges should answer with (400, 413 or 422). */
  readonly status: 400 | 413 | 422;

  constructor(problems: InputProblem[] | string, status: 400 | 413 | 422 = 422) {
    const list = typeof problems === 'string' ? [{ message: problems }] : problems;
    // A message that starts with its field's name ("report.pdf looks like a PDF …") is not prefixed twice.
    super(list.map((p) => (p.field && !p.message.startsWith(p.field) ? `${p.field}: ${p.message}` : p.message)).join('\n'));
    this.name = 'InputError';
    this.problems = list;
    this.status = status;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
