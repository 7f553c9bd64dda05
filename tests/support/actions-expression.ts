/**
 * Evaluates the `if:` expressions of our workflows (.github/workflows/) the way GitHub Actions does,
 * for the part of the language they use: `${{ }}`, `!`, `&&`, `||`, `==`, `!=`, parentheses, string
 * literals, property paths (`needs.test.result`), and `cancelled()` / `always()`. Comparisons of
 * strings ignore case, as GitHub's do; a missing property is the empty string.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/expressions
 */
export type Context = Record<string, unknown>;

const TOKEN = /\s*(\$\{\{|\}\}|&&|\|\||==|!=|!|\(|\)|'(?:[^']|'')*'|[A-Za-z_][\w.-]*(?:\(\))?)/y;

export function evaluateCondition(expression: string, context: Context): boolean {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  const text = expression.trim();
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    if (!match) throw new Error(`cannot read the expression at: ${text.slice(TOKEN.lastIndex)}`);
    if (match[1] !== "${{" && match[1] !== "}}") tokens.push(match[1]!);
  }
  let position = 0;
  const peek = (): string | undefined => tokens[position];
  const take = (): string => tokens[position++]!;

  const primary = (): unknown => {
    const token = take();
    if (token === "(") {
      const value = or();
      if (take() !== ")") throw new Error("expected )");
      return value;
    }
    if (token === "!") return !truthy(primary());
    if (token.startsWith("'")) return token.slice(1, -1).replaceAll("''", "'");
    if (token === "cancelled()") return Boolean(context.cancelled);
    if (token === "always()") return true;
    if (token === "true" || token === "false") return token === "true";
    return token.split(".").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined), context) ?? "";
  };
  const comparison = (): unknown => {
    let left = primary();
    while (peek() === "==" || peek() === "!=") {
      const operator = take();
      const right = primary();
      const equal = typeof left === "string" && typeof right === "string" ? left.toLowerCase() === right.toLowerCase() : left === right;
      left = operator === "==" ? equal : !equal;
    }
    return left;
  };
  const and = (): unknown => {
    let left = comparison();
    while (peek() === "&&") {
      take();
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): unknown => {
    let left = and();
    while (peek() === "||") {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const value = or();
  if (position !== tokens.length) throw new Error(`unexpected ${tokens[position]}`);
  return truthy(value);
}

const truthy = (value: unknown): boolean => value !== "" && value !== false && value !== 0 && value !== null && value !== undefined;
