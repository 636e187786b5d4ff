/**
 * The brackets officers write around a note or a category beside a name, as character classes for a RegExp's
 * source: `（牵头）`, `(牵头)`, `【核心基础】`, `〔…〕`, `［…］`, `[…]`.
 */
export const OPEN_BRACKET = '[（(【〔［[]';
export const CLOSE_BRACKET = '[）)】〕］\\]]';
