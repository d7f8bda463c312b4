import { IsISO8601, Matches } from 'class-validator';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date argument, YYYY-MM-DD: refused with a message naming the field otherwise. */
export function DateOnly(field: string): PropertyDecorator {
  const strict = IsISO8601({ strict: true }, { message: `${field} must be a date like 2017-02-16` });
  const dayOnly = Matches(DATE_ONLY, { message: `${field} must be a date like 2017-02-16, without a time` });
  return (target, key) => {
    strict(target, key);
    dayOnly(target, key);
  };
}
