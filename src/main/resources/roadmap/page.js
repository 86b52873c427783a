// The roadmap page's script (served as /app/roadmap/page.js: no inline script, as the pages' CSP asks).
// Editors (managers, the base organisation; after approval the coordinators, with a reason) get an edit
// mode: the header, sections and items. Everyone who may attaches a file to their own mark. Every change
// is checked on the server, which answers in Russian; a change carries X-Requested-With (as the dossier's).
(function () {
  "use strict";
  var cycle = document.body.getAttribute("data-cycle");
  var base = "/app/cycles/" + encodeURIComponent(cycle) + "/roadmap";
  var data = null;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }
  function request(method, url, body, isForm) {
    var init = { method: method, credentials: "same-origin",
      headers: { "Accept": "application/json", "X-Requested-With": "roadmap" } };
    if (body !== undefined && isForm) { init.body = body; }
    else if (body !== undefined) { init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
    return fetch(url, init).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { ok: response.ok, status: response.status, body: json };
      });
    });
  }
  function problemsOf(result) {
    var list = (result.body && result.body.problems) || [];
    if (!list.length) {
      list = [result.status === 413 ? "Файл больше 5 МБ: сожмите его или сохраните в PDF."
        : (result.body && result.body.message) || "Не сохранено (ответ " + result.status + ")."];
    }
    return list;
  }

  // --- a file as the evidence of a mark

  Array.prototype.forEach.call(document.querySelectorAll("form.evidence"), function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var msg = form.querySelector(".msg");
      var input = form.querySelector("input[type=file]");
      msg.className = "msg";
      if (!input.files.length) { msg.className = "msg form-error"; msg.textContent = "Выберите файл."; return; }
      if (input.files[0].size > 5 * 1024 * 1024) {
        msg.className = "msg form-error"; msg.textContent = "Файл больше 5 МБ: сожмите его или сохраните в PDF."; return;
      }
      var body = new FormData();
      body.append("file", input.files[0]);
      body.append("assignment", form.getAttribute("data-assignment"));
      msg.textContent = "Загружается…";
      request("POST", base + "/items/" + form.getAttribute("data-item") + "/evidence", body, true).then(function (r) {
        if (r.ok) { msg.className = "msg form-ok"; msg.textContent = r.body.message; setTimeout(function () { location.reload(); }, 800); }
        else { msg.className = "msg form-error"; msg.textContent = problemsOf(r).join(" "); }
      }).catch(function () { msg.className = "msg form-error"; msg.textContent = "Нет связи с сервером."; });
    });
  });

  // --- editing

  var toolbar = document.getElementById("toolbar");
  var editor = document.getElementById("editor");
  if (!toolbar || !editor) { return; }

  request("GET", base + "/data").then(function (r) {
    if (!r.ok) { return; }
    data = r.body;
    if (data.mayAttachToOrder) {
      var attach = el("button", { type: "button", id: "attach-to-order" }, "Приложить к приказу");
      var attachMsg = el("span", {});
      attach.addEventListener("click", function () {
        request("POST", base + "/attach-to-order", {}).then(function (res) {
          attachMsg.className = res.ok ? "form-ok" : "form-error";
          attachMsg.textContent = res.ok ? res.body.message : problemsOf(res).join(" ");
          if (res.ok) { attach.disabled = true; }
        });
      });
      toolbar.appendChild(attach);
      toolbar.appendChild(attachMsg);
    }
    if (data.mayEdit) {
      var toggle = el("button", { type: "button", id: "edit-toggle" }, "Изменить дорожную карту");
      toggle.addEventListener("click", function () {
        editor.hidden = !editor.hidden;
        toggle.textContent = editor.hidden ? "Изменить дорожную карту" : "Закрыть редактирование";
        if (!editor.hidden) { location.hash = "edit"; renderEditor(); } else { history.replaceState(null, "", location.pathname); }
      });
      toolbar.appendChild(toggle);
      if (location.hash === "#edit") { toggle.click(); }
    }
  });

  function reasonField() {
    if (!data.reasonRequired) { return null; }
    return document.getElementById("reason");
  }
  function withReason(body) {
    var reason = reasonField();
    if (reason) { body.reason = reason.value; }
    return body;
  }
  function reasonQuery() {
    var reason = reasonField();
    return reason ? "?reason=" + encodeURIComponent(reason.value) : "";
  }
  function after(result, box, form) {
    box.innerHTML = "";
    Array.prototype.forEach.call((form || editor).querySelectorAll(".invalid"), function (n) { n.classList.remove("invalid"); });
    if (result.ok) { location.hash = "edit"; location.reload(); return; }
    var list = problemsOf(result);
    var ul = el("ul", { "class": "problems" });
    list.forEach(function (p) { ul.appendChild(el("li", {}, p)); });
    box.appendChild(ul);
    if (form) { markFields(form, list); }
    var reason = reasonField();
    if (reason && list.some(function (p) { return /причин/i.test(p); })) { reason.classList.add("invalid"); }
  }
  // the server names the field in Russian; the form outlines the field it names
  var FIELD_WORDS = [["content", /содержание/i], ["period", /сроки реализации|срок мероприятия/i],
    ["dueDate", /срок мероприятия|дата/i], ["indicator", /индикатор/i], ["executors", /исполнител/i],
    ["stage", /этап/i], ["sectionId", /раздел/i], ["title", /название/i], ["goal", /цель/i]];
  function markFields(form, list) {
    FIELD_WORDS.forEach(function (pair) {
      if (list.some(function (p) { return pair[1].test(p); })) {
        Array.prototype.forEach.call(form.querySelectorAll("[name=" + pair[0] + "]"), function (n) { n.classList.add("invalid"); });
      }
    });
  }

  function renderEditor() {
    editor.innerHTML = "";
    editor.appendChild(el("h2", {}, "Изменение дорожной карты"));
    if (data.reasonRequired) {
      var rl = el("label", { "class": "card", style: "display:block" },
        "Причина изменения (обязательна: дорожная карта утверждена, изменение станет новой редакцией) ");
      var reason = el("textarea", { id: "reason", rows: "2", maxlength: "4000", style: "width:100%" });
      rl.appendChild(reason);
      editor.appendChild(rl);
    }
    // header
    var hf = el("form", { "class": "edit card", id: "header-form" });
    hf.appendChild(label("Название", input("title", data.title, 1000), true));
    hf.appendChild(label("Цель", textarea("goal", data.goal, 4000), true));
    var hbox = el("div", { "class": "wide" });
    hf.appendChild(button("Сохранить название и цель"));
    hf.appendChild(hbox);
    hf.addEventListener("submit", function (e) {
      e.preventDefault();
      request("PUT", base + "/header", withReason({ title: val(hf, "title"), goal: val(hf, "goal") })).then(function (r) { after(r, hbox, hf); });
    });
    editor.appendChild(hf);

    // sections and their items
    data.sections.forEach(function (section) {
      var card = el("div", { "class": "card section-card", "data-section": section.id });
      var sf = el("form", { "class": "edit" });
      sf.appendChild(label("Раздел", input("title", section.title, 1000), true));
      var sbox = el("div", { "class": "wide" });
      sf.appendChild(button("Переименовать раздел"));
      var remove = el("button", { type: "button" }, "Удалить раздел");
      remove.addEventListener("click", function () {
        if (!confirm("Удалить раздел «" + section.title + "»?")) { return; }
        request("DELETE", base + "/sections/" + section.id + reasonQuery()).then(function (r) { after(r, sbox, sf); });
      });
      sf.appendChild(remove);
      sf.appendChild(sbox);
      sf.addEventListener("submit", function (e) {
        e.preventDefault();
        request("PUT", base + "/sections/" + section.id, withReason({ title: val(sf, "title") })).then(function (r) { after(r, sbox, sf); });
      });
      card.appendChild(sf);
      section.items.forEach(function (item) { card.appendChild(itemForm(item, section.id)); });
      var add = el("button", { type: "button", "class": "add-item" }, "Добавить мероприятие в раздел");
      add.addEventListener("click", function () { card.insertBefore(itemForm(null, section.id), add); add.hidden = true; });
      card.appendChild(add);
      editor.appendChild(card);
    });
    var nf = el("form", { "class": "edit card", id: "new-section" });
    nf.appendChild(label("Новый раздел", input("title", "", 1000), true));
    var nbox = el("div", { "class": "wide" });
    nf.appendChild(button("Добавить раздел"));
    nf.appendChild(nbox);
    nf.addEventListener("submit", function (e) {
      e.preventDefault();
      request("POST", base + "/sections", withReason({ title: val(nf, "title") })).then(function (r) { after(r, nbox, nf); });
    });
    editor.appendChild(nf);
  }

  function itemForm(item, sectionId) {
    var f = el("form", { "class": "edit item-form" + (item ? "" : " new-item"), "data-item": item ? item.id : "" });
    f.appendChild(el("h3", { "class": "wide" }, item ? "Мероприятие" : "Новое мероприятие"));
    f.appendChild(label("Содержание деятельности", textarea("content", item && item.content, 4000), true));
    var sections = el("select", { name: "sectionId" });
    data.sections.forEach(function (s) {
      var o = el("option", { value: s.id }, s.title);
      if (s.id === sectionId) { o.selected = true; }
      sections.appendChild(o);
    });
    f.appendChild(label("Раздел", sections));
    var stage = el("select", { name: "stage" });
    stage.appendChild(el("option", { value: "" }, "по сроку"));
    data.options.stages.forEach(function (s) {
      var o = el("option", { value: s.value }, s.name);
      if (item && item.stage === s.value) { o.selected = true; }
      stage.appendChild(o);
    });
    f.appendChild(label("Этап", stage));
    f.appendChild(label("Сроки реализации (как в таблице: «Март 2027 г.», «в течение года»)", input("period", item && item.period, 300)));
    var due = el("input", { type: "date", name: "dueDate" });
    if (item && item.dueDate) { due.value = item.dueDate; }
    f.appendChild(label("Срок (дата; если не указана — последний день сроков реализации)", due));
    f.appendChild(label("Индикатор выполнения", input("indicator", item && item.indicator, 1000), true));
    var chosen = (item ? item.executors : []).map(function (e) { return e.kind + ":" + e.ref; });
    var ex = el("fieldset", { "class": "wide", name: "executors" });
    ex.appendChild(el("legend", {}, "Ответственные исполнители (отметьте одного или нескольких)"));
    [["PERSON", "Сотрудники"], ["GROUP", "Роли (группы)"], ["SCHOOL", "Школы"], ["BASE", "Базовая организация"]].forEach(function (k) {
      var options = data.options[k[0]] || [];
      var sel = el("select", { multiple: "multiple", size: String(Math.min(6, Math.max(2, options.length))),
        name: "executors", "data-kind": k[0], "aria-label": k[1], style: "min-width:260px" });
      options.forEach(function (o) {
        var opt = el("option", { value: o.ref }, o.name);
        if (chosen.indexOf(k[0] + ":" + o.ref) >= 0) { opt.selected = true; }
        sel.appendChild(opt);
      });
      var l = el("label", { style: "display:inline-flex;margin-right:12px" }, k[1]);
      l.appendChild(sel);
      ex.appendChild(l);
    });
    f.appendChild(ex);
    var box = el("div", { "class": "wide" });
    f.appendChild(button(item ? "Сохранить мероприятие" : "Добавить мероприятие"));
    if (item) {
      var del = el("button", { type: "button" }, "Удалить мероприятие");
      del.addEventListener("click", function () {
        if (!confirm("Удалить мероприятие?")) { return; }
        request("DELETE", base + "/items/" + item.id + reasonQuery()).then(function (r) { after(r, box, f); });
      });
      f.appendChild(del);
    }
    f.appendChild(box);
    f.addEventListener("submit", function (e) {
      e.preventDefault();
      var executors = [];
      Array.prototype.forEach.call(f.querySelectorAll("select[data-kind]"), function (sel) {
        Array.prototype.forEach.call(sel.selectedOptions, function (o) { executors.push({ kind: sel.getAttribute("data-kind"), ref: o.value }); });
      });
      var body = withReason({ sectionId: Number(val(f, "sectionId")), stage: val(f, "stage") === "" ? null : Number(val(f, "stage")),
        content: val(f, "content"), period: val(f, "period"), dueDate: val(f, "dueDate") || null,
        indicator: val(f, "indicator"), executors: executors });
      request(item ? "PUT" : "POST", base + "/items" + (item ? "/" + item.id : ""), body).then(function (r) { after(r, box, f); });
    });
    return f;
  }

  function label(text, control, wide) {
    var l = el("label", wide ? { "class": "wide" } : {}, text);
    l.appendChild(control);
    return l;
  }
  function input(name, value, max) {
    var i = el("input", { type: "text", name: name, maxlength: String(max) });
    i.value = value || "";
    return i;
  }
  function textarea(name, value, max) {
    var t = el("textarea", { name: name, rows: "3", maxlength: String(max) });
    t.value = value || "";
    return t;
  }
  function val(form, name) { return form.querySelector("[name=" + name + "]").value; }
  function button(text) { return el("button", { type: "submit" }, text); }
})();
