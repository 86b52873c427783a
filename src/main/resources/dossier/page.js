// The dossier page's script (page.html), served as /app/dossier/page.js: no inline script, as the pages' CSP asks
(function () {
  "use strict";
  var params = new URLSearchParams(window.location.search);
  var cycle = params.get("cycle"), school = params.get("school");
  var base = "/app/dossier/cycles/" + encodeURIComponent(cycle || "") + "/schools/" + encodeURIComponent(school || "");
  var state = { view: null };

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }
  function show(value) { return value === null || value === undefined || value === "" ? "—" : String(value); }
  function clear(id) { var node = document.getElementById(id); node.innerHTML = ""; return node; }
  function empty(container, text) { container.appendChild(el("p", { "class": "empty" }, text)); }
  function link(href, text) {
    if (!href) { return document.createTextNode("—"); }
    // only web addresses become links (a school writes them; nothing else may run from a click)
    if (!/^https?:\/\//i.test(href)) { return document.createTextNode(href); }
    return el("a", { href: href, target: "_blank", rel: "noopener noreferrer" }, text || href);
  }
  function table(container, headers, rows) {
    var t = el("table", {});
    var head = el("tr", {});
    headers.forEach(function (h) { head.appendChild(el("th", {}, h)); });
    var thead = el("thead", {}); thead.appendChild(head); t.appendChild(thead);
    var body = el("tbody", {});
    rows.forEach(function (cells) {
      var tr = el("tr", {});
      cells.forEach(function (c) {
        var td = el("td", {});
        if (c instanceof Node) { td.appendChild(c); } else { td.textContent = show(c); }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    t.appendChild(body);
    container.appendChild(t);
    return t;
  }
  function fact(dl, term, value) {
    dl.appendChild(el("dt", {}, term));
    var dd = el("dd", {});
    if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = show(value); }
    dl.appendChild(dd);
  }
  function request(method, url, body) {
    var init = { method: method, credentials: "same-origin",
      headers: { "Accept": "application/json", "X-Requested-With": "dossier" } };
    if (body !== undefined) { init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
    return fetch(url, init).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { ok: response.ok, status: response.status, body: data };
      });
    });
  }

  function load() {
    if (!cycle || !school) { document.getElementById("error").textContent = "Не указаны цикл и школа."; return; }
    request("GET", base).then(function (result) {
      if (!result.ok) { throw new Error(result.body.message || "Данные не получены"); }
      state.view = result.body;
      render();
    }).catch(function (e) {
      document.getElementById("meta").textContent = "";
      document.getElementById("error").textContent = e.message;
    });
  }

  function render() {
    var v = state.view;
    document.title = "Досье: " + v.school.name + " — сопровождение школ";
    document.getElementById("title").textContent = "Досье школы: " + v.school.name;
    document.getElementById("meta").textContent = v.cycle.title + ". Данные на " + v.generatedAt + ".";
    var monitoring = document.getElementById("to-monitoring");
    monitoring.setAttribute("href", "/app/monitoring?cycle=" + encodeURIComponent(v.cycle.id));
    monitoring.hidden = !v.mayOpenMonitoring;
    var watch = document.getElementById("watch");
    watch.hidden = !v.mayWatch;
    watch.textContent = v.watching ? "Убрать из «Мои школы»" : "Добавить в «Мои школы»";

    var status = v.status || { code: "ACTIVE", title: "В работе" };
    var box = document.getElementById("status");
    box.hidden = false;
    box.className = "status status-" + status.code;
    document.getElementById("status-text").textContent = status.title;
    document.getElementById("status-meta").textContent = status.changedAt
      ? "(" + (status.code === "ACTIVE" ? "возобновлена " : "с ") + status.changedAt + ", " + show(status.changedBy) + ")" : "";
    document.getElementById("status-actions").hidden = !v.mayChangeStatus || status.code === "STOPPED";
    document.getElementById("pause-form").hidden = status.code !== "ACTIVE";
    document.getElementById("resume-form").hidden = status.code !== "PAUSED";

    var facts = clear("facts");
    fact(facts, "Полное название", v.school.fullName || v.school.name);
    fact(facts, "Район", v.school.district);
    fact(facts, "Категория", v.school.categoryTitle);
    fact(facts, "Проект", v.school.projectTitle);
    fact(facts, "В перечне", v.school.included ? "да" : "нет (исключена)");
    fact(facts, "Основание", v.school.reason);
    fact(facts, "Школа-наставник", v.mentor ? v.mentor.name : null);
    fact(facts, "Куратор", v.curator ? v.curator.name : null);
    fact(facts, "Этап года", v.stageTitle);
    fact(facts, "Документы", v.documentsStatusTitle);
    fact(facts, "Статус", status.title);
    fact(facts, "Итог года", v.outcomeTitle);

    var next = clear("next");
    if (!v.next.length) { empty(next, "Открытых задач нет."); }
    else {
      table(next, ["Задача", "Срок", "Кто"], v.next.map(function (t) {
        var due = el("span", t.overdue && !t.suspended ? { "class": "overdue" } : {}, show(t.due)
          + (t.suspended ? " (ждёт: работа школы приостановлена)" : t.overdue ? " (просрочена)" : ""));
        return [t.name, due, t.who];
      }));
    }
    table(clear("deadlines"), ["Срок", "Дата"], v.deadlines.map(function (d) {
      return [d.title, d.date + (d.own ? " (перенесён для школы)" : "")];
    }));

    var risks = clear("risks");
    if (!v.risks.length) { empty(risks, "Самодиагностика ещё не проведена."); }
    else {
      table(risks, ["Фактор риска", "Оценка", "Приоритетный", "Комментарий"], v.risks.map(function (r) {
        return [el("span", r.priority ? { "class": "priority" } : {}, r.title), r.ratingTitle, r.priority ? "да" : "", r.comment];
      }));
    }

    var documents = clear("documents");
    if (!v.documents.length) { empty(documents, "Документы ещё не представлены."); }
    if (v.revisions && v.revisions.length) {
      var revisionCard = el("div", { "class": "card" });
      revisionCard.appendChild(el("h3", {}, "Актуализации документов"));
      table(revisionCard, ["Открыта", "Кем", "Причина", "Состояние"], v.revisions.map(function (r) {
        return [r.openedAt, r.openedBy + (r.byCurator ? " (куратор)" : ""), r.reason, r.statusTitle];
      }));
      documents.appendChild(revisionCard);
    }
    v.documents.forEach(function (d) {
      var card = el("div", { "class": "card" });
      card.appendChild(el("h3", {}, "Версия " + d.version + " от " + d.submittedAt + " (" + show(d.submittedBy) + ")"
        + (d.current ? " — действующая" : d.accepted ? " — принята, заменена новой" : "")));
      var dl = el("dl", { "class": "facts" });
      if (d.revisionReason) {
        fact(dl, "Актуализация", d.revisionReason);
        fact(dl, "Изменены", d.revisedDocuments);
        fact(dl, "Что изменено и почему", d.revisionNote);
      }
      fact(dl, "Концепция развития", link(d.conceptLink));
      fact(dl, "Кратко", d.conceptSummary);
      fact(dl, "Дорожная карта", link(d.roadmapLink));
      card.appendChild(dl);
      if (d.programmes.length) {
        table(card, ["Антирисковая программа", "Цель", "Мероприятий", "Показателей", "Ссылка"], d.programmes.map(function (p) {
          return [p.title, p.goal, p.measures, p.indicators, link(p.link)];
        }));
      }
      if (d.reviews.length) {
        table(card, ["Проверка", "Куратор", "Решение", "Замечания", "Когда"], d.reviews.map(function (r) {
          var remarks = [r.conceptComment && "концепция: " + r.conceptComment, r.roadmapComment && "дорожная карта: " + r.roadmapComment,
            r.programmesComment && "программы: " + r.programmesComment].filter(Boolean).join("; ");
          return ["№ " + r.round, r.reviewer, r.decisionTitle, remarks, r.reviewedAt];
        }));
      } else { empty(card, "Эта версия ещё не проверена."); }
      documents.appendChild(card);
    });

    var plans = clear("plans");
    if (!v.jointPlans.length) { empty(plans, "Совместного плана ещё нет."); }
    v.jointPlans.forEach(function (p) {
      var card = el("div", { "class": "card" });
      card.appendChild(el("h3", {}, "Версия " + p.version + ": " + p.statusTitle + " (" + show(p.mentor) + ", " + p.proposedAt + ")"));
      if (p.comment) { card.appendChild(el("p", {}, "Комментарий: " + p.comment)); }
      table(card, ["Мероприятие", "Дата", "Кто проводит"], p.events.map(function (e) { return [e.what, e.date, e.who]; }));
      plans.appendChild(card);
    });

    var reports = clear("reports");
    if (!v.reports.length) { empty(reports, "Отчётов ещё нет."); }
    else {
      table(reports, ["Отчёт", "Версия", "Состояние", "Дорожная карта, %", "RAG", "Мероприятия", "Проблемы и итоги", "Подан"], v.reports.map(function (r) {
        if (r.missing) { return [r.title, "—", el("span", { "class": "late" }, r.statusTitle), "—", "—", "—", "—", "—"]; }
        var rag = el("span", { "class": "rag rag-" + (r.rag || "none") }, r.ragTitle);
        var status = el("span", r.late ? { "class": "late" } : {}, r.statusTitle + (r.late ? ", с опозданием" : "")
          + (r.curatorComment ? " — " + r.curatorComment : ""));
        return [r.title, r.version, status, r.roadmapDoneShare === null ? "—" : Number(r.roadmapDoneShare).toLocaleString("ru-RU"),
          rag, r.events, [r.problems, r.summary].filter(Boolean).join(" / "), r.submittedAt + " (" + show(r.submittedBy) + ")"];
      }));
    }

    var outcome = clear("outcome");
    if (!v.outcome) {
      empty(outcome, v.outcomeTitle ? v.outcomeTitle + (status.code === "STOPPED" && status.reason ? ": " + status.reason : "")
        : "Решения по итогам года ещё нет.");
    }
    else {
      var dl = el("dl", { "class": "facts" });
      fact(dl, "Рекомендация куратора", v.outcome.recommendedTitle + (v.outcome.recommendationComment ? " — " + v.outcome.recommendationComment : ""));
      fact(dl, "Решение", v.outcome.decidedTitle ? v.outcome.decidedTitle + (v.outcome.decisionComment ? " — " + v.outcome.decisionComment : "") : "ещё не принято");
      outcome.appendChild(dl);
    }

    var form = document.getElementById("note-form");
    form.hidden = !v.mayRecordNotes;
    var kinds = document.getElementById("note-kind");
    if (!kinds.options.length) {
      v.noteKinds.forEach(function (k) { kinds.appendChild(el("option", { value: k.code }, k.title)); });
    }
    var notes = clear("notes");
    if (!v.notes.length) { empty(notes, "Посещений и контактов пока не записано."); }
    else {
      table(notes, ["Дата", "Вид", "С кем", "Ключевые проблемы", "Договорённости", "Следующая проверка", "Записал"], v.notes.map(function (n) {
        return [n.date, n.kindTitle, n.peopleMet, n.keyProblems, n.agreedActions, n.nextReview, n.author];
      }));
    }

    var audit = clear("audit");
    if (!v.audit.length) { empty(audit, "Изменений пока нет."); }
    else {
      table(audit, ["Когда", "Кто", "Что", "Было", "Стало", "Причина"], v.audit.map(function (a) {
        return [a.at, a.who, a.fieldTitle, a.oldValue, a.newValue, a.comment];
      }));
    }
  }

  document.getElementById("note-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var form = e.target, result = document.getElementById("note-result");
    var data = {};
    ["date", "kind", "peopleMet", "keyProblems", "agreedActions", "nextReview"].forEach(function (name) {
      data[name] = form.elements[name].value;
    });
    result.className = ""; result.textContent = "Сохранение…";
    request("POST", base + "/notes", data).then(function (answer) {
      if (!answer.ok) {
        result.className = "form-error";
        result.textContent = answer.body.message || "Не сохранено.";
        return;
      }
      result.className = "form-ok";
      result.textContent = answer.body.message;
      form.reset();
      load();
    });
  });
  document.getElementById("watch").addEventListener("click", function () {
    request(state.view.watching ? "DELETE" : "PUT", base + "/watch").then(function (answer) {
      if (!answer.ok) { document.getElementById("error").textContent = answer.body.message; return; }
      load();
    });
  });
  function statusAction(formId, action, fields, confirmText) {
    document.getElementById(formId).addEventListener("submit", function (e) {
      e.preventDefault();
      var form = e.target, result = document.getElementById("status-result");
      var data = {};
      fields.forEach(function (name) { data[name] = form.elements[name].value; });
      if (confirmText && data.reason && !window.confirm(confirmText)) { return; }
      result.className = ""; result.textContent = "Сохранение…";
      request("POST", base + "/status/" + action, data).then(function (answer) {
        result.className = answer.ok ? "form-ok" : "form-error";
        result.textContent = answer.body.message || (answer.ok ? "Готово." : "Не выполнено.");
        if (answer.ok) { form.reset(); load(); }
      });
    });
  }
  statusAction("pause-form", "pause", ["reason", "until"], null);
  statusAction("resume-form", "resume", [], null);
  statusAction("stop-form", "stop", ["reason"],
    "Вывести школу из проекта? Её процесс будет завершён, открытые задачи сняты; отменить это нельзя.");
  document.getElementById("print").addEventListener("click", function () { window.print(); });
  load();
})();
