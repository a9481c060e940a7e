/**
 * How a screen reader should say a phone number: digit by digit, with a
 * pause (the locale's list separator) between the groups
 * ("0800 555 111" -> "0 8 0 0, 5 5 5, 1 1 1").
 */
export const spokenNumber = (number: string, separator = ', '): string =>
  number
    .trim()
    .split(/\s+/)
    .map((group) => group.split('').join(' '))
    .join(separator);

/** The `tel:` URL for a number as people write it. */
export const telHref = (number: string): string =>
  `tel:${number.replace(/\s+/g, '')}`;
