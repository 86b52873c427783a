/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format (moment.js patterns; month and weekday names
  // come from "dateLocales" in locales/ru.json)
  dateFormat: {
    monthName: 'MMMM', // date badge in the task history, e.g. "марта"
    day: 'DD',
    abbr: 'D MMM YYYY, HH:mm', // "5 мар. 2025, 14:30"
    normal: 'DD.MM.YYYY HH:mm', // "05.03.2025 14:30"
    long: 'dddd, D MMMM YYYY [г.], HH:mm', // "среда, 5 марта 2025 г., 14:30"
    short: 'DD.MM.YYYY'
  },

  // Russian for everyone, English (the webjar's en.json) for any missing key.
  // Tasklist itself only picks an available locale that matches the browser's
  // first preferred language and otherwise falls back to "fallbackLocale";
  // scripts/ru-default-locale.js (below) makes "ru" the language for every browser.
  locales: {
    availableLocales: ['ru', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: [
    // resolved relative to the 'tasklist' folder: app/tasklist/scripts/ru-default-locale.js
    'scripts/ru-default-locale',
    // «Завершить» for a form with a dynamic list (form-js 1.8.7 leaves empty error entries)
    'scripts/dynamic-list-complete',
    // form-js's validation messages and labels, its date pickers in Russian
    'scripts/form-js-ru',
    // error banners without the engine's ids, the login name kept, due dates beside «через …»
    'scripts/tasklist-ru',
    // people's names instead of logins in a task's history
    'scripts/history-names',
    // «Досье школы» above the form of a task about a school
    'scripts/school-dossier-link'
  ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
