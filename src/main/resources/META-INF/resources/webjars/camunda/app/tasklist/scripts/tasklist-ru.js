/*
 * What Tasklist shows around the forms, said the way our users read it (issue 22):
 *
 * - An error banner says what went wrong, in Russian, never an engine's id: the engine begins the
 *   message of a refused form with «Cannot submit task form <task id>: » or «Cannot instantiate
 *   process definition <definition id>: » and Tasklist shows it as it is; the Notifications service
 *   (camunda-commons-ui, "cam.commons.util") is decorated so that the prefix is dropped, and a message
 *   still in English is replaced by a Russian one. The banner is then scrolled into view: in the start
 *   dialog it is above the scrolled form, so nothing seemed to happen.
 * - A failed login keeps the login name: the login page ("tasklist.login.data" providers get the login's
 *   promise and the page's scope) writes it back after Tasklist has emptied both fields.
 * - A task's due date shows the date beside «через 14 дн.»: the amTimeAgo directive (angular-moment)
 *   of a due date writes «через 14 дн., 21.12.2026».
 *
 * TasklistCustomScriptsTest pins what these rely on in the webjar.
 */
const angular = window.angular;

/** Prefixes the engine puts before a refused form's own message. */
export const ENGINE_PREFIXES = [
  /^Cannot submit task form [^:]*: /,
  /^Cannot instantiate process definition [^ ]*: /,
  /^Cannot complete task [^:]*: /
];

/** What the user reads when the server's message is still the engine's English. */
export const FALLBACK = 'Данные не приняты. Проверьте поля формы и попробуйте ещё раз; '
    + 'если ошибка повторится, сообщите администратору время ошибки.';

export function humanMessage(message) {
  if (typeof message !== 'string') {
    return message;
  }
  let text = message;
  for (const prefix of ENGINE_PREFIXES) {
    text = text.replace(prefix, '');
  }
  // a message with no Cyrillic letter is the engine's or Java's own words
  return text !== message && !/[А-Яа-яЁё]/.test(text) ? FALLBACK : text;
}

/** Until when a banner that appears is the error just added (Angular renders it after its digest). */
let errorAddedUntil = 0;

function scrollToBanner() {
  errorAddedUntil = Date.now() + 3000;
}

// an error banner rendered after an error was added is scrolled into view, in the page or the start dialog
new MutationObserver(function (mutations) {
  if (Date.now() > errorAddedUntil) {
    return;
  }
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) {
      const banner = node.nodeType === 1 && (node.matches('.alert-danger') ? node : node.querySelector('.alert-danger'));
      if (banner && typeof banner.scrollIntoView === 'function') {
        errorAddedUntil = 0;
        banner.scrollIntoView({block: 'nearest'});
        return;
      }
    }
  }
}).observe(document.documentElement, {childList: true, subtree: true});

function dueDateText(due) {
  const date = due instanceof Date ? due : new Date(due);
  return isNaN(date.getTime()) ? '' : date.toLocaleDateString('ru-RU', {day: '2-digit', month: '2-digit', year: 'numeric'});
}

angular.module('cam.tasklist.custom').config([
  '$provide',
  'ViewsProvider',
  function ($provide, ViewsProvider) {
    $provide.decorator('Notifications', [
      '$delegate',
      function (notifications) {
        const addError = notifications.addError;
        notifications.addError = function (notification) {
          if (notification && typeof notification === 'object') {
            notification = angular.extend({}, notification, {message: humanMessage(notification.message)});
          }
          const added = addError.call(this, notification);
          scrollToBanner();
          return added;
        };
        return notifications;
      }
    ]);

    $provide.decorator('amTimeAgoDirective', [
      '$delegate',
      function (directives) {
        const directive = directives[0];
        const compile = directive.compile;
        directive.compile = function () {
          const link = compile.apply(this, arguments);
          return function (scope, element, attrs) {
            if (/\.due$/.test(attrs.amTimeAgo || '')) {
              const text = element.text;
              element.text = function (value) {
                if (arguments.length === 0) {
                  return text.call(element);
                }
                const date = dueDateText(scope.$eval(attrs.amTimeAgo));
                return text.call(element, value && date ? value + ', ' + date : value);
              };
            }
            return link.apply(this, arguments);
          };
        };
        return directives;
      }
    ]);

    ViewsProvider.registerDefaultView('tasklist.login.data', {
      id: 'school-support-keep-login-name',
      priority: 0,
      result: function (login, scope) {
        const name = scope.username;
        login.catch(function () {
          // after Tasklist's own handler, which empties both fields; the form may have been drawn anew,
          // so the name goes to the scope its input now reads
          setTimeout(function () {
            const input = document.querySelector('input[ng-model=username]');
            const current = input ? angular.element(input).scope() : scope;
            (current || scope).$apply(function () {
              (current || scope).username = name;
            });
            const password = document.querySelector('input[ng-model=password]');
            if (password) {
              password.focus();
            }
          }, 0);
        });
      }
    });
  }
]);

export default [];
