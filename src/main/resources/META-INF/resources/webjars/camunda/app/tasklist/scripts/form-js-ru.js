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
  ['Field must match pattern {}.', 'Значение не соответствует образцу {}.'],
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

export const LABELS = [
  ['Add new', 'Добавить'],
  ['Expand all ({})', 'Развернуть все ({})'],
  ['Collapse', 'Свернуть'],
  ['Select', 'Выберите']
];

export const PLACEHOLDERS = [
  ['Search', 'Поиск']
];

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

export const translateMessage = translator(MESSAGES);
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

onEachForm(function (form) {
  translateValidator(form);
  translateLabels(form);
});

export default [];
