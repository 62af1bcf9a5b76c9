/** The form's validator: the stored schema's own rules, with list-item errors put on the list. */
import { activitySchema, type Activity } from '../../../shared/domain';
import { zodValidate } from '../../components/zodValidate';

const bySchema = zodValidate(activitySchema);

/**
 * A tags input shows one error for the whole list, so 'purposes.2' is reported on 'purposes',
 * saying which entry is wrong.
 */
export function validateActivity(values: Activity): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(bySchema(values))) {
    const item = /^(.+)\.(\d+)$/.exec(path);
    if (item?.[1] !== undefined && item[2] !== undefined) {
      errors[item[1]] ??= `Entry ${Number(item[2]) + 1}: ${message}`;
    } else {
      errors[path] ??= message;
    }
  }
  return errors;
}

/** The invalid fields in the order they appear on the page, so the summary reads top-down. */
export function invalidPathsInPageOrder(errors: Record<string, unknown>): string[] {
  const wanted = new Set(Object.keys(errors));
  const ordered: string[] = [];
  for (const node of document.querySelectorAll<HTMLElement>('[data-path]')) {
    const path = node.dataset.path;
    if (path && wanted.delete(path)) ordered.push(path);
  }
  // Paths with no field on the page (should not happen) still appear, last.
  return [...ordered, ...wanted];
}
