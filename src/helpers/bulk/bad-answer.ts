/** The whole bulk answer is unusable: not JSON, not an object, no items, or not one item per item sent. */
export class BadAnswer extends Error {
  override name = 'BadAnswer'
}
