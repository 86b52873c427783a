/*
 * «Завершить» for a form with a dynamic list (the risk profile, the programmes).
 *
 * form-js 1.8.7 (Form#_update) records a field's errors under [field id, row index...] and, when the
 * field is valid, sets that path to undefined: for a field inside a dynamic list this leaves an empty
 * array (e.g. {measureTitle: []}) under the field's id. Tasklist 7.24 (camunda-tasklist-bootstrap.js)
 * listens to the form's "changed" event and disables «Завершить» whenever Object.keys(errors).length
 * is not 0, so once a list has a row the form could never be completed.
 *
 * Fix: a listener on the form's "changed" and "submit" events with a higher priority than Tasklist's
 * (form-js's event bus runs listeners by priority, Tasklist's run at the default 1000) removes from the
 * errors every entry that holds no message, however deep (nested lists nest arrays), so Tasklist
 * counts only real errors. The errors form-js shows under a field are not changed.
 */
import {onEachForm} from './form-js.js';

const BEFORE_TASKLIST = 2000;

function holdsAMessage(entry) {
  if (typeof entry === 'string') {
    return entry.length > 0;
  }
  if (Array.isArray(entry)) {
    return entry.some(holdsAMessage);
  }
  return !!entry && typeof entry === 'object' && Object.values(entry).some(holdsAMessage);
}

export function dropEmptyErrors(event) {
  const errors = event && event.errors;
  if (errors && typeof errors === 'object') {
    for (const key of Object.keys(errors)) {
      if (!holdsAMessage(errors[key])) {
        delete errors[key];
      }
    }
  }
}

onEachForm(function (form) {
  form.on('changed', BEFORE_TASKLIST, dropEmptyErrors);
  form.on('submit', BEFORE_TASKLIST, dropEmptyErrors);
});

export default [];
