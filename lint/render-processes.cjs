// Renders every BPMN model in ../processes (or the files given) to ../docs/processes/<name>.svg with
// bpmn-js's viewer in Debian's headless Chromium (no browser download; CHROMIUM overrides the path).
// Each SVG opens with a comment holding the SHA-256 of the model it was drawn from (line endings
// normalised to LF): ProcessPicturesTest compares it with the model, so a model changed without
// re-running this script fails the build. With --check, nothing is written: the fresh renders are
// compared with the committed SVGs and the script exits 1 when one differs or is missing.
//
//   cd lint && npm ci && node render-processes.cjs          # refresh the pictures
//   node render-processes.cjs --check                        # are they the current renders?
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const puppeteer = require('puppeteer-core');

const root = path.resolve(__dirname, '..');
const processes = path.join(root, 'processes');
const outDir = path.join(root, 'docs', 'processes');
const args = process.argv.slice(2);
const check = args.includes('--check');
const given = args.filter((a) => a !== '--check');
const files = given.length ? given.map((f) => path.resolve(f))
  : fs.readdirSync(processes).filter((f) => f.endsWith('.bpmn')).sort().map((f) => path.join(processes, f));

const bpmnJs = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const bpmnJsVersion = require('bpmn-js/package.json').version;

/** The SHA-256 of a model's text with CRLF as LF, so a Windows checkout reads the same hash. */
function modelHash(xml) {
  return crypto.createHash('sha256').update(xml.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

/**
 * bpmn-js names each connection's arrow-head marker with a random id; number them in order instead,
 * so the same model always gives the same bytes (and a diff shows only real changes).
 */
function stable(svg) {
  const ids = [...new Set([...svg.matchAll(/<marker id="([^"]+)"/g)].map((m) => m[1]))];
  let out = svg;
  ids.forEach((id, i) => {
    out = out.replace(new RegExp('#' + id.replace(/[^\w-]/g, '\\$&') + '(?![\\w-])', 'g'), '#marker-' + (i + 1))
      .replace(`id="${id}"`, `id="marker-${i + 1}"`);
  });
  return out;
}

/** The picture: the SVG with, right after its XML declaration, where it came from and the model's hash. */
function picture(name, xml, svg) {
  const comment = `<!-- ${name}.bpmn sha256:${modelHash(xml)} rendered by lint/render-processes.cjs`
    + ` with bpmn-js ${bpmnJsVersion}; do not edit, re-run the script -->`;
  const body = stable(svg);
  const declaration = body.match(/^<\?xml[^>]*\?>\n?/);
  return declaration
    ? declaration[0].trimEnd() + '\n' + comment + '\n' + body.slice(declaration[0].length).trimEnd() + '\n'
    : comment + '\n' + body.trimEnd() + '\n';
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--font-render-hinting=none'],
  });
  let failed = 0;
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1600, height: 1000 });
    await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
      + '<body><div id="canvas" style="width:1600px;height:1000px"></div></body></html>');
    await page.addScriptTag({ path: bpmnJs });
    if (!check) fs.mkdirSync(outDir, { recursive: true });
    for (const file of files) {
      const name = path.basename(file, '.bpmn');
      const target = path.join(outDir, name + '.svg');
      try {
        const xml = fs.readFileSync(file, 'utf8');
        const { svg, warnings } = await page.evaluate(async (text) => {
          if (window.viewer) window.viewer.destroy();
          window.viewer = new window.BpmnJS({ container: '#canvas' });
          const result = await window.viewer.importXML(text);
          const saved = await window.viewer.saveSVG();
          return { svg: saved.svg, warnings: result.warnings.map((w) => w.message || String(w)) };
        }, xml);
        if (warnings.length) {
          throw new Error('bpmn-js warnings: ' + warnings.join('; '));
        }
        const rendered = picture(name, xml, svg);
        const rel = path.relative(root, target);
        if (check) {
          const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8').replace(/\r\n/g, '\n') : null;
          if (committed === null) throw new Error(`${rel} is missing`);
          if (committed !== rendered) throw new Error(`${rel} differs from a fresh render`);
          console.log(`ok   ${name}: ${rel} is the current render`);
        } else {
          fs.writeFileSync(target, rendered);
          console.log(`ok   ${name}: ${rel} (${rendered.length} bytes)`);
        }
      } catch (e) {
        failed++;
        console.log(`FAIL ${name}: ${e && e.message ? e.message : e}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${files.length - failed} of ${files.length} models rendered${check ? ' as committed' : ''}`);
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
