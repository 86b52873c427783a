// The municipal roadmap's block on the monitoring page: completion overall, per stage and per section,
// and the items whose executors are late, for the cycle chosen in the page's «Цикл» list.
(function () {
  "use strict";
  var box = document.getElementById("municipal-roadmap");
  var select = document.getElementById("cycle");
  if (!box || !select) {
    return;
  }
  var shown = null;

  function el(tag, text) {
    var e = document.createElement(tag);
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function line(c) {
    return "выполнено " + c.done + " из " + c.total + " (" + c.percent + " %)";
  }

  function render(data) {
    box.textContent = "";
    box.appendChild(el("h2", "Муниципальная дорожная карта"));
    if (!data.exists) {
      box.appendChild(el("p", "У цикла ещё нет дорожной карты. Мероприятий в реестре: " + data.events + "."));
      return;
    }
    var head = el("p");
    var link = el("a", data.title);
    link.href = data.page;
    head.appendChild(link);
    head.appendChild(document.createTextNode(" — " + data.statusTitle + "; всего " + line(data.completion)
      + "; мероприятий в реестре: " + data.events + "."));
    box.appendChild(head);
    var list = el("ul");
    data.stages.concat(data.sections).forEach(function (part) {
      list.appendChild(el("li", part.title + ": " + line(part.completion)));
    });
    box.appendChild(list);
    if (data.late.length) {
      box.appendChild(el("p", "Срок нарушен: " + data.late.map(function (i) { return i.content; }).join("; ")));
    }
  }

  function load() {
    var id = select.value;
    if (!id || id === shown) {
      return;
    }
    shown = id;
    fetch("/app/monitoring/cycles/" + encodeURIComponent(id) + "/roadmap",
      { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data) { render(data); } })
      .catch(function () { box.textContent = ""; });
  }

  select.addEventListener("change", load);
  // the page fills the list once its data arrives
  var tries = 0;
  var timer = setInterval(function () {
    load();
    if (shown || ++tries > 50) {
      clearInterval(timer);
    }
  }, 200);
})();
