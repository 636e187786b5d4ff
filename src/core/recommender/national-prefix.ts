/** The 中国 that a national body's registered name starts with and its everyday name often drops (航天科技集团). */
const CHINA = '中国';

export const startsWithChina = (name: string): boolean => name.startsWith(CHINA);

export const withoutChina = (name: string): string =>
  startsWithChina(name) ? name.slice(CHINA.length) : name;
