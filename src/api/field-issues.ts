/** Schema issues as the contract's `fields` map: field path (`address.city`) -> its first message. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** `root` names an issue of the whole body (an empty path). */
export function fieldMessages(issues: readonly SchemaIssue[], root = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || root;
    fields[path] ??= issue.message;
  }
  return fields;
}
