/*
 * form-js's own texts in Russian: form-js 1.8.7, which Tasklist 7.24 bundles, has no translations,
 * so a user would read «Field is required.» under a Russian label.
 *
 * - Validation messages: form-js's validator service (form.get('validator')) makes every message a
 *   field shows and every error Tasklist sees; its validateFieldInstance is wrapped on each form so
 *   that the messages below come out in Russian.
 * - The few labels form-js renders itself (a dynamic list's «Add new», «Expand all (n)»,
 *   «Collapse», an empty select's «Select», a search field's «Search») are not messages of any
 *   service and form-js 1.8.7 offers no way to set them; they are translated in the form's own
 *   container (form.get('config.renderer').container) as form-js renders them, by a
 *   MutationObserver, for exactly these texts.
 *
 * - A pattern's message names what to type, not the regular expression (PATTERN_HINTS, the same
 *   words as the server's FormRules.PATTERN_HINTS).
 * - Date pickers (flatpickr, which form-js renders with the browser's own date format): Russian month
 *   and day names, Monday first (flatpickr.localize, flatpickr is window.flatpickr once form-js is
 *   loaded), every picker of a form writes dd.mm.yyyy under the placeholder «дд.мм.гггг», and a date
 *   that does not exist (31.02.2027) is refused with a message under the field instead of becoming
 *   03.03.2027 (a strict parseDate; flatpickr's own rolls it over).
 *
 * In a message "{}" stands for the value form-js puts there (a limit, a pattern).
 * TasklistCustomScriptsTest checks that every English text below is in the webjar's lib/deps.js.
 */
import {onEachForm} from './form-js.js';

export const MESSAGES = [
  ['Field is required.', 'Заполните это поле.'],
  ['Field must have minimum value of {}.', 'Значение должно быть не меньше {}.'],
  ['Field must have maximum value of {}.', 'Значение должно быть не больше {}.'],
  ['Field must have minimum length of {}.', 'Нужно не меньше {} символов.'],
  ['Field must have maximum length of {}.', 'Допустимо не больше {} символов.'],
  // the pattern itself is never shown: see PATTERN_HINTS
  ['Field must match pattern {}.', 'Значение записано не в том виде: посмотрите подсказку под полем.'],
  ['Field must be a valid email.', 'Укажите адрес электронной почты, например ivanova@school.ru.'],
  ['Field must be a valid  international phone number. (e.g. +4930664040900)',
    'Укажите телефон в международном формате, например +78001234567.'],
  ['Value is not a number.', 'Это не число.'],
  ['Value is expected to be an integer.', 'Нужно целое число.'],
  ['Value is expected to have at most {} decimal digit.', 'Допустим не больше {} знака после запятой.'],
  ['Value is expected to have at most {} decimal digits.', 'Допустимо не больше {} знаков после запятой.'],
  ['Please select a valid value, the two nearest valid values are {} and {}.',
    'Укажите допустимое значение, ближайшие допустимые: {} и {}.'],
];

/** What a pattern asks for, in words; a pattern not listed gets PATTERN_OTHER. */
export const PATTERN_HINTS = {
  '^https?://\\S+$': 'Укажите ссылку, начинающуюся с http:// или https://, например https://school.ru/plan.',
  '^[a-zA-Z0-9_.@-]*$': 'Укажите логин: латинские буквы, цифры и знаки . _ - @, без пробелов.',
  '^[a-zA-Z0-9_.-]*$': 'Укажите код латинскими буквами и цифрами, например sosh6.',
  '^\\s*[A-Za-z0-9_.-]*\\s*$': 'Укажите код латинскими буквами и цифрами, например sosh6.',
  '^\\s*[0-9]{4}(/[0-9]{2})?\\s*$': 'Укажите год цикла, например 2026 или 2026/27.'
};
export const PATTERN_OTHER = MESSAGES.find(([english]) => english.startsWith('Field must match pattern'))[1];

export const LABELS = [
  ['Add new', 'Добавить'],
  ['Expand all ({})', 'Развернуть все ({})'],
  ['Collapse', 'Свернуть'],
  ['Select', 'Выберите']
];

export const PLACEHOLDERS = [
  ['Search', 'Поиск']
];

/** The format every date picker writes and reads (flatpickr's tokens), and its placeholder. */
export const DATE_FORMAT = 'd.m.Y';
export const DATE_PLACEHOLDER = 'дд.мм.гггг';

/** flatpickr's Russian locale (its l10n/ru.js). */
export const FLATPICKR_RU = {
  weekdays: {
    shorthand: ['Вс', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
    longhand: ['Воскресенье', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота']
  },
  months: {
    shorthand: ['Янв', 'Фев', 'Март', 'Апр', 'Май', 'Июнь', 'Июль', 'Авг', 'Сен', 'Окт', 'Ноя', 'Дек'],
    longhand: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь',
      'Ноябрь', 'Декабрь']
  },
  firstDayOfWeek: 1,
  ordinal: function () {
    return '';
  },
  rangeSeparator: ' — ',
  weekAbbreviation: 'Нед.',
  scrollTitle: 'Прокрутите для увеличения',
  toggleTitle: 'Нажмите для переключения',
  amPM: ['ДП', 'ПП'],
  yearAriaLabel: 'Год',
  monthAriaLabel: 'Месяц',
  hourAriaLabel: 'Час',
  minuteAriaLabel: 'Минуты',
  time_24hr: true
};

export const NO_SUCH_DATE = 'Такой даты нет: {}. Укажите дату в виде дд.мм.гггг, например 15.03.2027.';

/**
 * A date typed in the picker's format, or undefined if there is no such day: 31.02.2027 is refused,
 * where flatpickr's own parser makes it 03.03.2027.
 */
export function strictDate(text, format) {
  if (text instanceof Date) {
    return text;
  }
  if (typeof text !== 'string') {
    return undefined;
  }
  const tokens = {d: '(\\d{1,2})', j: '(\\d{1,2})', m: '(\\d{1,2})', n: '(\\d{1,2})', Y: '(\\d{4})', y: '(\\d{2})'};
  const order = [];
  let pattern = '';
  for (const c of format || DATE_FORMAT) {
    if (tokens[c]) {
      order.push(c);
      pattern += tokens[c];
    } else {
      pattern += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  const match = new RegExp('^\\s*' + pattern + '\\s*$').exec(text);
  if (!match) {
    // an ISO date (the engine's value) or a timestamp
    const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
    return iso ? checked(+iso[1], +iso[2], +iso[3]) : undefined;
  }
  let day = 0;
  let month = 0;
  let year = 0;
  order.forEach(function (token, i) {
    const value = parseInt(match[i + 1], 10);
    if (token === 'd' || token === 'j') {
      day = value;
    } else if (token === 'm' || token === 'n') {
      month = value;
    } else {
      year = token === 'y' ? 2000 + value : value;
    }
  });
  return checked(year, month, day);
}

function checked(year, month, day) {
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

function translator(pairs) {
  const rules = pairs.map(function ([english, russian]) {
    const pattern = english.split('{}').map(function (part) {
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }).join('(.*?)');
    return [new RegExp('^' + pattern + '$', 's'), russian];
  });
  return function (text) {
    for (const [english, russian] of rules) {
      const match = english.exec(text);
      if (match) {
        let value = 1;
        return russian.replace(/\{\}/g, function () {
          return match[value++];
        });
      }
    }
    return text;
  };
}

const translateRule = translator(MESSAGES);

export function translateMessage(text) {
  const pattern = /^Field must match pattern (.*)\.$/s.exec(text);
  if (pattern) {
    return PATTERN_HINTS[pattern[1]] || PATTERN_OTHER;
  }
  return translateRule(text);
}
const translateLabel = translator(LABELS);
const translatePlaceholder = translator(PLACEHOLDERS);

function translateValidator(form) {
  const validator = form.get('validator');
  const validateFieldInstance = validator.validateFieldInstance;
  validator.validateFieldInstance = function () {
    const messages = validateFieldInstance.apply(this, arguments);
    return Array.isArray(messages) ? messages.map(translateMessage) : messages;
  };
}

function translateTexts(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const russian = translateLabel(node.data);
    if (russian !== node.data) {
      node.data = russian;
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const elements = node.matches('input[placeholder]') ? [node] : [];
  elements.push(...node.querySelectorAll('input[placeholder]'));
  for (const input of elements) {
    const russian = translatePlaceholder(input.getAttribute('placeholder'));
    if (russian !== input.getAttribute('placeholder')) {
      input.setAttribute('placeholder', russian);
    }
  }
  const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    translateTexts(texts.currentNode);
  }
}

function translateLabels(form) {
  const container = form.get('config.renderer').container;
  const observer = new MutationObserver(function (mutations) {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach(translateTexts);
      } else {
        translateTexts(mutation.target);
      }
    }
  });
  observer.observe(container, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder']
  });
  translateTexts(container);
  form.on('form.destroy', function () {
    observer.disconnect();
  });
}

let flatpickrSetUp = false;

/** flatpickr in Russian for every picker from now on, and its parser strict. */
function setUpFlatpickr() {
  const flatpickr = window.flatpickr;
  if (flatpickrSetUp || !flatpickr || typeof flatpickr.localize !== 'function') {
    return;
  }
  flatpickrSetUp = true;
  flatpickr.localize(FLATPICKR_RU);
  flatpickr.setDefaults({parseDate: strictParseDate});
}

/** flatpickr's parseDate option: no rolling over of impossible dates, and a message under the field. */
function strictParseDate(text, format) {
  const date = strictDate(text, format);
  showNoSuchDate(text, date);
  return date;
}

/** A message under the date field whose text is no date (flatpickr then leaves the field empty). */
function showNoSuchDate(text, date) {
  if (typeof text !== 'string') {
    return;
  }
  document.querySelectorAll('.fjs-form input.flatpickr-input').forEach(function (input) {
    if (input !== document.activeElement && input.value !== text) {
      return;
    }
    const field = input.closest('.fjs-form-field') || input.parentNode;
    let note = field.querySelector('.school-support-no-such-date');
    if (date || !text.trim()) {
      if (note) {
        note.remove();
      }
      return;
    }
    if (!note) {
      note = document.createElement('div');
      note.className = 'fjs-form-field-error school-support-no-such-date';
      note.setAttribute('role', 'alert');
      field.appendChild(note);
    }
    note.textContent = NO_SUCH_DATE.replace('{}', text.trim());
  });
}

/** A picker form-js has just made: the Russian format and placeholder, whatever the browser's language. */
function russianPicker(input) {
  const picker = input._flatpickr;
  if (!picker || input.getAttribute('data-school-support-date')) {
    return;
  }
  input.setAttribute('data-school-support-date', 'yes');
  if (picker.config.dateFormat !== DATE_FORMAT) {
    picker.set('dateFormat', DATE_FORMAT);
  }
  // a picker form-js made before our defaults were set (the first form of the page) gets the strict parser too
  if (picker.config.parseDate !== strictParseDate) {
    picker.set('parseDate', strictParseDate);
  }
  input.setAttribute('placeholder', DATE_PLACEHOLDER);
}

function russianPickers(form) {
  const container = form.get('config.renderer').container;
  const adjust = function () {
    container.querySelectorAll('input.flatpickr-input').forEach(russianPicker);
  };
  // flatpickr wraps its input and adds its calendar when form-js mounts a date field
  const observer = new MutationObserver(adjust);
  observer.observe(container, {childList: true, subtree: true});
  container.addEventListener('focusin', adjust, true);
  form.on('form.destroy', function () {
    observer.disconnect();
  });
}

onEachForm(function (form) {
  setUpFlatpickr();
  translateValidator(form);
  translateLabels(form);
  russianPickers(form);
});

export default [];
