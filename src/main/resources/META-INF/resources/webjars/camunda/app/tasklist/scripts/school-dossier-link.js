/*
 * «Досье школы» above the form of a task about a school: a link to the school's dossier
 * (/app/dossier?cycle=…&school=…), opened in a new tab.
 *
 * The script asks our server which school the open task is about (/app/dossier/tasks/<id>, with the
 * Tasklist session): the answer is 404 for a task that is not about a school or that the user cannot
 * see, and then no link is shown. Nothing of Camunda's is changed: the link is a paragraph put before
 * the form's container whenever Tasklist draws a form; the dossier page applies its own access rule.
 */
const LINK_ID = 'school-support-dossier-link';
const answers = new Map();
const asking = new Set();

function openTaskId() {
  const match = /[?&]task=([0-9A-Za-z-]+)/.exec(window.location.hash || '');
  return match ? match[1] : null;
}

function formContainer() {
  return document.querySelector('.fjs-container') || document.querySelector('.fjs-form');
}

function show(taskId, answer) {
  const old = document.getElementById(LINK_ID);
  if (old && old.dataset.task === taskId && document.contains(old)) {
    return;
  }
  if (old) {
    old.remove();
  }
  const target = formContainer();
  if (!target || !answer || !answer.url || !target.parentNode) {
    return;
  }
  const paragraph = document.createElement('p');
  paragraph.id = LINK_ID;
  paragraph.dataset.task = taskId;
  paragraph.style.margin = '0 0 8px';
  const link = document.createElement('a');
  link.href = answer.url;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'Досье школы: ' + answer.school;
  paragraph.appendChild(link);
  target.parentNode.insertBefore(paragraph, target);
}

function place() {
  const taskId = openTaskId();
  if (!taskId || !formContainer()) {
    return;
  }
  if (answers.has(taskId)) {
    show(taskId, answers.get(taskId));
    return;
  }
  if (asking.has(taskId)) {
    return;
  }
  asking.add(taskId);
  fetch('/app/dossier/tasks/' + encodeURIComponent(taskId), {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  })
    .then(response => (response.ok ? response.json() : null))
    .then(answer => {
      answers.set(taskId, answer);
      if (openTaskId() === taskId) {
        show(taskId, answer);
      }
    })
    .catch(() => answers.set(taskId, null))
    .finally(() => asking.delete(taskId));
}

new MutationObserver(place).observe(document.body, {childList: true, subtree: true});
window.addEventListener('hashchange', place);

export default [];
