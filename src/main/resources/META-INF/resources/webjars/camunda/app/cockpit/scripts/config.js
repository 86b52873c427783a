/*
 * Cockpit's configuration (overrides app/cockpit/scripts/config.js of the Camunda 7.24 webjar).
 * Managers watch the year here: Russian labels, Russian dates, no action a reader may not take.
 */
export default {
  app: {
    name: 'Ход процессов',
    vendor: 'Сопровождение школ'
  },
  // Russian for everyone, English (the webjar's en.json) for the keys of views managers do not use
  // (batches, migration, deployments, ...). scripts/ru-default-locale.js makes "ru" the language
  // for every browser, as Tasklist's does (config.js alone cannot: see that script).
  locales: {
    availableLocales: ['ru', 'en'],
    fallbackLocale: 'en'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D MMM YYYY, HH:mm',
    normal: 'DD.MM.YYYY HH:mm:ss',
    long: 'dddd, D MMMM YYYY [г.], HH:mm',
    short: 'DD.MM.YYYY'
  },
  customScripts: [
    // resolved relative to the 'cockpit' folder: app/cockpit/scripts/ru-default-locale.js
    'scripts/ru-default-locale',
    // action buttons only for those whose grants allow the action (scripts/actions-by-grant.js)
    'scripts/actions-by-grant'
  ]
};
