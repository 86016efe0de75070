const CAPITAL = /\p{Lu}/u;

/** Whether `text` has letters and every one of them is a capital ("NGHỊ QUYẾT", "ĐẢNG BỘ TỈNH"). */
export function isCapitals(text: string): boolean {
  return CAPITAL.test(text) && text === text.toUpperCase();
}
