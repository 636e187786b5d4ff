/**
 * A note in brackets, nested once at most, that closes a name and says what the recommender covers:
 * `新疆维吾尔自治区(含新疆生产建设兵团(第八师))`, `广东省工业和信息化厅(不含深圳)`. Names arrive normalised, with ASCII
 * brackets. The places in it are not the recommender's own, and it names no other body.
 */
export const TRAILING_NOTE = /\((?:[^()]|\([^()]*\))*\)$/u;
