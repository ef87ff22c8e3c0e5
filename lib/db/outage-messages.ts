// What readers and editors are told while the database is unreachable (shared by the proxy's
// 503 answers and the error boundaries).

export const UNAVAILABLE_TITLE = "档案库暂时无法访问，请稍后再试";

/** The text of the 503 a server action gets; Next's client turns it into the thrown error's message. */
export const ACTION_UNAVAILABLE_MESSAGE = "档案库暂时无法访问，操作没有完成，修改没有保存。请稍后再试。";
