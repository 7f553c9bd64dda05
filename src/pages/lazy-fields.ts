/**
 * Fields of a page object made on first read: at a rebuild most article pages are neither written
 * nor hashed (their keys are kept, src/pipeline/page-keys.ts), so what only their layout prints (the
 * lists under the article, the sharing metadata) need not be made for them (issue 19).
 */

/**
 * `base`'s fields and, after them, each of `makers`' fields, made by its function when first read and
 * kept from then on. They are enumerable, so JSON, object spread and the templates see plain fields.
 * @example withLazyFields({ a: 1 }, { b: () => 2 }) // { a: 1, b: 2 }, b made when read
 */
export function withLazyFields<Base extends object, Lazy extends object>(base: Base, makers: { [Key in keyof Lazy]: () => Lazy[Key] }): Base & Lazy {
  const target = { ...base } as Base & Lazy;
  for (const key of Object.keys(makers) as (keyof Lazy & string)[]) {
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = makers[key]();
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
        return value;
      },
    });
  }
  return target;
}
