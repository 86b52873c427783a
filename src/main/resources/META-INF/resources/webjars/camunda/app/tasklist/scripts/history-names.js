/*
 * A person's name wherever Tasklist's task history shows a login (issue 22, point 10): who did each step
 * («operation-user») and the assignee or owner it set («Исполнитель», «Владелец»). The login stays in
 * the tooltip. Names come from the user's profile (GET …/user/{id}/profile; every staff login may read
 * the directory's people, AccessRules), once per login per page; a login without a profile stays as it is.
 */
const PEOPLE_PROPERTIES = ['Исполнитель', 'Владелец', 'Assignee', 'Owner'];
const names = new Map();

/** /camunda/app/tasklist/default/… → /camunda/api/engine/engine/default/user/ */
function userApi() {
  const match = window.location.pathname.match(/^(.*)\/app\/tasklist\/([^/]+)\//);
  const root = match ? match[1] : '/camunda';
  const engine = match ? match[2] : 'default';
  return root + '/api/engine/engine/' + engine + '/user/';
}

function nameOf(login) {
  if (!names.has(login)) {
    names.set(login, fetch(userApi() + encodeURIComponent(login) + '/profile', {credentials: 'same-origin',
      headers: {Accept: 'application/json'}})
      .then(answer => answer.ok ? answer.json() : null)
      .then(profile => profile && (profile.firstName || profile.lastName)
        ? [profile.firstName, profile.lastName].filter(Boolean).join(' ') : null)
      .catch(() => null));
  }
  return names.get(login);
}

function showName(element) {
  const login = element.textContent.trim();
  if (!login || element.dataset.login === login || /\s/.test(login)) {
    return;
  }
  nameOf(login).then(name => {
    if (name && element.textContent.trim() === login) {
      element.dataset.login = login;
      element.textContent = name;
      element.setAttribute('title', login);
    }
  });
}

function peopleIn(pane) {
  pane.querySelectorAll('.operation-user').forEach(showName);
  pane.querySelectorAll('.event-body .line').forEach(line => {
    const property = line.querySelector('.event-property');
    if (property && PEOPLE_PROPERTIES.includes(property.textContent.trim())) {
      line.querySelectorAll('.new-value span, .original-value span').forEach(showName);
    }
  });
}

new MutationObserver(() => {
  document.querySelectorAll('.history-pane').forEach(peopleIn);
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

export default [];
