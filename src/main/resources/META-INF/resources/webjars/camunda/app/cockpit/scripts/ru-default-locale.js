/*
 * Cockpit: Russian for every user (the same as Tasklist's scripts/ru-default-locale.js), English only as the fallback for missing keys.
 *
 * Loaded through `customScripts` in scripts/config.js (as an ES module, after the
 * "cam.cockpit" AngularJS module is defined and before the app is bootstrapped).
 *
 * Why this is needed (Camunda 7.24, camunda-cockpit-bootstrap.js, the
 * `$translateProvider` config block next to the "localeLoader" factory):
 *   - the language is chosen by
 *       $translateProvider.determinePreferredLanguage(function () {
 *         // first subtag of navigator.languages[0] (or navigator.language ...)
 *         // if it is in config.locales.availableLocales, else config.locales.fallbackLocale
 *       });
 *   - the same config.locales.fallbackLocale is passed to
 *       $translateProvider.fallbackLanguage(...)   (used for missing keys).
 *   No language is remembered in localStorage, and the UI has no language switcher.
 * So config.js alone can give either "Russian for everyone" (fallbackLocale "ru") or
 * "English for missing keys" (fallbackLocale "en"), not both. config.js sets
 * fallbackLocale "en"; the config block below runs after Cockpit's own one
 * (module "cam.cockpit.custom" is bootstrapped after "cam.cockpit") and makes "ru"
 * the preferred language, which angular-translate's run block then `use()`s.
 *
 * The decorator keeps the moment.js date locale Russian: the localeLoader callback
 * applies the "dateLocales" of every locale file it loads, including the fallback en.json,
 * and each call switches moment's global locale; without a cached copy the two files
 * arrive in any order. Only the preferred locale's dateLocales are applied here.
 */
const LOCALE = 'ru';
const angular = window.angular;

angular.module('cam.cockpit.custom').config([
  '$translateProvider',
  '$provide',
  function ($translateProvider, $provide) {
    $translateProvider.preferredLanguage(LOCALE);

    $provide.decorator('localeLoader', [
      '$delegate',
      function (loadLocale) {
        return function (options) {
          if (options && options.key !== LOCALE && typeof options.callback === 'function') {
            const callback = options.callback;
            options = angular.extend({}, options, {
              callback: function (error, data, key) {
                callback(error, data && angular.extend({}, data, {dateLocales: undefined}), key);
              }
            });
          }
          return loadLocale(options);
        };
      }
    ]);
  }
]);

export default [];
