/**
 * What an operation on a value gives, as the library modules and users' settings write it, and the one parser that
 * reads it: the registry follows its meaning, the settings reader rejects what it cannot read.
 */

type UppercaseLetter =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'I'
  | 'J'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'O'
  | 'P'
  | 'Q'
  | 'R'
  | 'S'
  | 'T'
  | 'U'
  | 'V'
  | 'W'
  | 'X'
  | 'Y'
  | 'Z';

/** A kind: `Client` in the same library, `knex.QueryBuilder` in another. Kinds are capitalised, libraries are not. */
export type KindName = `${UppercaseLetter}${string}` | `${string}.${UppercaseLetter}${string}`;

/** What a property, an export or a type is: a kind, or `value` for a plain value (an export left out of `otherExports`). */
export type KindRef = KindName | 'value';

/**
 * What an operation gives: a plain value, a promise, a lazy thenable that runs only when awaited, either of those
 * resolving to a kind (`promise<Transaction>`), or a value of a kind (`QueryBuilder`).
 */
export type Outcome = 'value' | 'promise' | 'lazy' | `promise<${KindName}>` | `lazy<${KindName}>` | KindName;

/** What an outcome means; a plain value has neither field. */
export interface OutcomeMeaning {
  /** The result is a promise or a lazy thenable. */
  readonly awaitable?: 'promise' | 'lazy';
  /** The kind of the result, or for a thenable the kind it resolves to. */
  readonly kind?: string;
}

const plain: OutcomeMeaning = {};
const promise: OutcomeMeaning = { awaitable: 'promise' };
const lazy: OutcomeMeaning = { awaitable: 'lazy' };
const awaited = /^(promise|lazy)<(.+)>$/;

/**
 * The meaning of an outcome as written, or undefined when it is not one: a string with `<` that is not
 * `promise<Kind>` or `lazy<Kind>`. Any other string is a kind name, which the caller resolves.
 */
export function parseOutcome(text: string): OutcomeMeaning | undefined {
  if (text === 'value') return plain;
  if (text === 'promise') return promise;
  if (text === 'lazy') return lazy;
  const match = awaited.exec(text);
  if (match !== null) return { awaitable: match[1] as 'promise' | 'lazy', kind: match[2]! };
  return text.includes('<') ? undefined : { kind: text };
}
