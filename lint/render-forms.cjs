// Renders every Camunda Form in ../forms (or the files given) with form-js 1.8.7, the version
// Tasklist 7.24 ships, in a simulated DOM: a schema form-js cannot import fails here, not in front
// of a user. Prints one line per form; exits 1 if any form fails.
const fs = require('fs');
const path = require('path');
const { JSDOM } = require('jsdom');

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
for (const key of ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'Element', 'Event', 'KeyboardEvent',
  'MouseEvent', 'CustomEvent', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'DOMParser']) {
  if (!(key in global) || global[key] === undefined) {
    global[key] = key === 'window' ? dom.window : dom.window[key];
  }
}
global.window.matchMedia = global.window.matchMedia || (() => ({ matches: false, addListener() {}, removeListener() {} }));

const { Form } = require('@bpmn-io/form-js-viewer');

const dir = path.resolve(__dirname, '..', 'forms');
const files = process.argv.length > 2 ? process.argv.slice(2)
  : fs.readdirSync(dir).filter((f) => f.endsWith('.form')).sort().map((f) => path.join(dir, f));

(async () => {
  let failed = 0;
  for (const file of files) {
    const name = path.basename(file);
    try {
      const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
      const container = document.createElement('div');
      document.body.appendChild(container);
      const form = new Form({ container });
      const { warnings } = await form.importSchema(schema, {});
      const fields = container.querySelectorAll('.fjs-form-field').length;
      if (warnings && warnings.length) {
        throw new Error('warnings: ' + warnings.map((w) => w.message || String(w)).join('; '));
      }
      if (fields === 0) {
        throw new Error('nothing rendered');
      }
      console.log(`ok   ${name}: ${fields} fields rendered`);
      form.destroy();
      container.remove();
    } catch (e) {
      failed++;
      console.log(`FAIL ${name}: ${e && e.message ? e.message : e}`);
    }
  }
  console.log(`${files.length - failed} of ${files.length} forms render with form-js 1.8.7`);
  process.exit(failed ? 1 : 0);
})();
