/*
 * Cockpit: the buttons that change a process (cancel an instance, suspend it, add, edit or delete a
 * variable, retry a job, ...) only for those whose grants allow it. Cockpit shows them to everyone and
 * lets the engine refuse; the head and the deputy head may only read (access.AccessRules), so for them
 * the buttons would only lead to an error.
 *
 * Loaded through `customScripts` in scripts/config.js. At start and after every login it asks the
 * engine's REST API (GET authorization/check, the documented endpoint) whether the logged-in user may
 * change process instances: UPDATE or DELETE on every process instance, or UPDATE_INSTANCE or
 * DELETE_INSTANCE on every process definition. Only then does <html> get the class "ss-may-act";
 * styles/user-styles.css hides the buttons everywhere else. So the buttons stay hidden until the
 * answer comes, and the engine still refuses whatever a hidden button would have asked.
 */
const angular = window.angular;
const MAY_ACT = 'ss-may-act';
const CHECKS = [
  ['UPDATE', 'process-instance', 8],
  ['DELETE', 'process-instance', 8],
  ['UPDATE_INSTANCE', 'process-definition', 6],
  ['DELETE_INSTANCE', 'process-definition', 6]
];

function engineApi() {
  const base = document.querySelector('base');
  const api = (base && base.getAttribute('engine-api')) || '/camunda/api/engine/';
  const engine = (window.location.pathname.split('/app/cockpit/')[1] || 'default/').split('/')[0] || 'default';
  return api + 'engine/' + encodeURIComponent(engine) + '/';
}

function check(permission, resourceName, resourceType) {
  const query = new URLSearchParams({
    permissionName: permission,
    resourceName: resourceName,
    resourceType: String(resourceType),
    resourceId: '*'
  });
  return fetch(engineApi() + 'authorization/check?' + query, {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  })
    .then(response => (response.ok ? response.json() : {authorized: false}))
    .then(answer => answer.authorized === true)
    .catch(() => false);
}

function refresh() {
  document.documentElement.classList.remove(MAY_ACT);
  Promise.all(CHECKS.map(c => check(c[0], c[1], c[2]))).then(answers => {
    if (answers.some(Boolean)) {
      document.documentElement.classList.add(MAY_ACT);
    }
  });
}

angular.module('cam.cockpit.custom').run([
  '$rootScope',
  function ($rootScope) {
    refresh();
    $rootScope.$on('authentication.changed', refresh);
  }
]);

export default [];
