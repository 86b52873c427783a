/*
 * Every form-js form Tasklist creates, handed to our hooks at runtime (no Camunda file is rewritten).
 *
 * Tasklist 7.24's form directive (camunda-tasklist-bootstrap.js) creates its form as
 *   var p=n(57661).Form ... v=new p({container:l[0]}), then v.importSchema(schema, data)
 * where 57661 is the webpack module of @bpmn-io/form-js 1.8.7 in the webapps' shared lib/deps.js.
 * That module is reached through webpack's own chunk-loading global (a chunk pushed with a runtime
 * function gets webpack's require), and Form#importSchema is wrapped so that every form is handed to
 * the callbacks given to onEachForm before its schema is imported, i.e. before Tasklist adds its own
 * listeners. Everything else the hooks use is form-js's public API (on, get).
 *
 * TasklistCustomScriptsTest pins the webjar version and each of these assumptions; if a Camunda
 * upgrade breaks one, the hooks are not installed and a warning is written to the browser console:
 * Tasklist then behaves as Camunda ships it.
 */
export const CHUNK_GLOBAL = 'webpackChunkcamunda_bpm_webapp';
export const FORM_JS_MODULE = 57661;

const HOOKS = '__schoolSupportHooks';
const hookedForms = new WeakSet();

let formJsForm;

/** Looked up once: webpack runs a pushed chunk's function only the first time its chunk id is seen. */
function formClass() {
  if (formJsForm === undefined) {
    formJsForm = lookUpFormClass();
  }
  return formJsForm;
}

function lookUpFormClass() {
  const chunks = window[CHUNK_GLOBAL];
  if (!chunks || typeof chunks.push !== 'function') {
    return null;
  }
  let formJs = null;
  chunks.push([['school-support-form-js'], {}, function (require) {
    try {
      formJs = require(FORM_JS_MODULE);
    } catch (e) {
      formJs = null;
    }
  }]);
  const Form = formJs && formJs.Form;
  return typeof Form === 'function' && typeof Form.prototype.importSchema === 'function' ? Form : null;
}

export function onEachForm(hook) {
  const Form = formClass();
  if (!Form) {
    console.warn('school-support: form-js not found in lib/deps.js (module ' + FORM_JS_MODULE + '), Tasklist forms are not adjusted');
    return false;
  }
  if (!Form.prototype[HOOKS]) {
    const hooks = [];
    const importSchema = Form.prototype.importSchema;
    Object.defineProperty(Form.prototype, HOOKS, {value: hooks});
    Form.prototype.importSchema = function () {
      if (!hookedForms.has(this)) {
        hookedForms.add(this);
        for (const each of hooks) {
          try {
            each(this);
          } catch (e) {
            console.warn('school-support: a form hook failed', e);
          }
        }
      }
      return importSchema.apply(this, arguments);
    };
  }
  Form.prototype[HOOKS].push(hook);
  return true;
}
