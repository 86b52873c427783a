// The monitoring page's script (page.html), served as /app/monitoring/page.js: no inline script, as the pages' CSP asks
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var RAG_RANK = { GREEN: 1, AMBER: 2, RED: 3 };
  var state = { view: null, sortKey: "name", sortDir: 1 };
  var filters = [
    { id: "f-stage", key: "stage", label: "stageTitle" },
    { id: "f-documents", key: "documentsStatus", label: "documentsStatusTitle" },
    { id: "f-rag", key: "rag", label: "ragTitle" },
    { id: "f-curator", key: "curatorLogin", label: "curatorName" },
    { id: "f-mentor", key: "mentorCode", label: "mentorName" },
    { id: "f-category", key: "category", label: "categoryTitle" }
  ];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }
  function show(value) { return value === null || value === undefined || value === "" ? "—" : String(value); }
  function number(value) { return value === null || value === undefined ? null : Number(value); }

  function load(cycle) {
    var url = "/app/monitoring/cycles/" + encodeURIComponent(cycle || "current")
      + (new URLSearchParams(window.location.search).get("mine") ? "?mine=true" : "");
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (response.status === 401) {
          // the session ended while the page was open: back to the login, as opening the page would
          window.location.assign("/camunda/app/tasklist/default/#/login");
          throw new Error("Войдите в систему снова.");
        }
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (result) {
        if (!result.ok) { throw new Error(result.body.message || "Данные не получены"); }
        state.view = result.body;
        state.view.schools.forEach(function (s) { s.ragRank = s.rag ? RAG_RANK[s.rag] : 0; });
        renderAll();
      })
      .catch(function (e) {
        document.getElementById("meta").textContent = "";
        document.getElementById("error").textContent = e.message;
      });
  }

  function renderAll() {
    var v = state.view;
    document.getElementById("error").textContent = "";
    document.getElementById("meta").textContent = v.cycle.title + " (" + v.cycle.statusTitle + "). Школ в перечне: "
      + v.schools.length + ". Данные на " + v.generatedAt + ".";
    var cycleSelect = document.getElementById("cycle");
    cycleSelect.innerHTML = "";
    v.cycles.forEach(function (c) {
      var option = el("option", { value: c.id }, c.title + (c.status === "RUNNING" ? "" : " (завершён)"));
      if (c.id === v.cycle.id) { option.selected = true; }
      cycleSelect.appendChild(option);
    });
    filters.forEach(function (f) {
      var select = document.getElementById(f.id);
      var previous = select.value;
      select.innerHTML = "";
      select.appendChild(el("option", { value: "" }, "все"));
      var seen = {};
      v.schools.forEach(function (s) {
        var value = s[f.key] === null || s[f.key] === undefined ? "-" : s[f.key];
        if (!seen[value]) { seen[value] = s[f.label] || "не указано"; }
      });
      Object.keys(seen).sort(function (a, b) { return seen[a].localeCompare(seen[b], "ru"); }).forEach(function (value) {
        select.appendChild(el("option", { value: value }, seen[value]));
      });
      if (seen[previous]) { select.value = previous; }
    });
    renderTable();
    renderCharts();
  }

  function visibleSchools() {
    return state.view.schools.filter(function (s) {
      return filters.every(function (f) {
        var wanted = document.getElementById(f.id).value;
        var value = s[f.key] === null || s[f.key] === undefined ? "-" : String(s[f.key]);
        return wanted === "" || wanted === value;
      });
    });
  }

  function renderTable() {
    var rows = visibleSchools();
    var key = state.sortKey, dir = state.sortDir;
    var numeric = document.querySelector('th[data-key="' + key + '"]').getAttribute("data-type") === "number";
    rows.sort(function (a, b) {
      var x = a[key], y = b[key];
      if (numeric) { x = number(x); y = number(y); x = x === null ? -1 : x; y = y === null ? -1 : y; return (x - y) * dir; }
      return show(x).localeCompare(show(y), "ru") * dir;
    });
    document.querySelectorAll("#schools th[data-key]").forEach(function (th) {
      th.className = th.getAttribute("data-key") === key ? (dir > 0 ? "sorted-asc" : "sorted-desc") : "";
    });
    var body = document.querySelector("#schools tbody");
    body.innerHTML = "";
    rows.forEach(function (s) {
      var tr = el("tr", { "data-school": s.code });
      var nameCell = el("td", {});
      nameCell.appendChild(el("a", { href: "/app/dossier?cycle=" + encodeURIComponent(state.view.cycle.id) + "&school=" + encodeURIComponent(s.code), title: "Досье школы" }, s.name));
      tr.appendChild(nameCell);
      tr.appendChild(el("td", {}, show(s.categoryTitle)));
      tr.appendChild(el("td", {}, show(s.stageTitle)));
      tr.appendChild(el("td", s.status && s.status !== "ACTIVE" ? { "class": "status-" + s.status } : {}, show(s.statusTitle)));
      tr.appendChild(el("td", {}, show(s.documentsStatusTitle)));
      tr.appendChild(el("td", { "class": "num" }, s.roadmapDoneShare === null ? "—" : Number(s.roadmapDoneShare).toLocaleString("ru-RU")));
      var ragCell = el("td", {});
      ragCell.appendChild(el("span", { "class": "rag rag-" + (s.rag || "none"), title: s.ragTitle }, s.rag ? { GREEN: "зелёный", AMBER: "жёлтый", RED: "красный" }[s.rag] : "нет отчёта"));
      tr.appendChild(ragCell);
      tr.appendChild(el("td", {}, show(s.lastReport) + (s.lateReports ? " (были опоздания)" : "")));
      tr.appendChild(el("td", { "class": "num" + (s.overdueTasks > 0 ? " overdue" : "") }, String(s.overdueTasks)));
      tr.appendChild(el("td", {}, show(s.curatorName || s.curatorLogin)));
      tr.appendChild(el("td", {}, show(s.mentorName)));
      tr.appendChild(el("td", {}, show(s.outcomeTitle)));
      var link = el("td", { "class": "no-print" });
      if (s.cockpitUrl) { link.appendChild(el("a", { href: s.cockpitUrl, target: "_blank", rel: "noopener" }, "открыть")); }
      else { link.textContent = "—"; }
      tr.appendChild(link);
      body.appendChild(tr);
    });
    document.getElementById("count").textContent = "Показано школ: " + rows.length + " из " + state.view.schools.length + ".";
  }

  // a label in lines of at most `width` characters, broken between words: shown whole, never cut off
  function lines(text, width) {
    var result = [], line = "";
    String(text).split(/\s+/).forEach(function (word) {
      if (line && (line + " " + word).length > width) { result.push(line); line = word; }
      else { line = line ? line + " " + word : word; }
    });
    if (line) { result.push(line); }
    return result.length ? result : [""];
  }

  function horizontalBars(container, items, max, colour, unit) {
    container.innerHTML = "";
    if (!items.length) { container.appendChild(el("p", { "class": "empty" }, "Нет данных.")); return; }
    var labelWidth = 230, barWidth = 200, lineHeight = 14, charsPerLine = 32;
    var fullWidth = labelWidth + barWidth + 60;
    var rows = items.map(function (item) { return lines(item.label, charsPerLine); });
    var height = rows.reduce(function (h, r) { return h + Math.max(22, r.length * lineHeight + 8); }, 0) + 6;
    // scales down to the card's width instead of being cut off at its edge
    var root = svg("svg", { viewBox: "0 0 " + fullWidth + " " + height, width: "100%", style: "max-width:" + fullWidth + "px", role: "img" });
    var y = 4;
    items.forEach(function (item, i) {
      var rowHeight = Math.max(22, rows[i].length * lineHeight + 8);
      var barY = y + (rowHeight - 16) / 2 - 3;
      var label = svg("text", { x: labelWidth - 6, y: y + 11, "text-anchor": "end", "font-size": 12 });
      rows[i].forEach(function (text, n) {
        label.appendChild(svg("tspan", { x: labelWidth - 6, dy: n === 0 ? 0 : lineHeight }, text));
      });
      label.appendChild(svg("title", {}, item.label));
      root.appendChild(label);
      root.appendChild(svg("rect", { x: labelWidth, y: barY, width: barWidth, height: 16, fill: "#eceff1" }));
      var w = max > 0 && item.value !== null ? Math.max(0, Math.min(1, item.value / max)) * barWidth : 0;
      root.appendChild(svg("rect", { x: labelWidth, y: barY, width: w, height: 16, fill: typeof colour === "function" ? colour(item) : colour }));
      root.appendChild(svg("text", { x: labelWidth + barWidth + 6, y: barY + 13, "font-size": 12 },
        item.value === null ? "нет" : item.value.toLocaleString("ru-RU") + unit));
      y += rowHeight;
    });
    container.appendChild(root);
  }

  function renderCharts() {
    var v = state.view;
    var ragColour = { GREEN: "#2e7d32", AMBER: "#f9a825", RED: "#c62828" };
    horizontalBars(document.getElementById("chart-roadmap"), v.schools.map(function (s) {
      return { label: s.name, value: number(s.roadmapDoneShare), rag: s.rag };
    }), 100, function (item) { return ragColour[item.rag] || "#1565c0"; }, "%");
    var maxRisk = v.priorityRisks.reduce(function (m, r) { return Math.max(m, r.schools); }, 0);
    horizontalBars(document.getElementById("chart-risks"), v.priorityRisks.map(function (r) {
      return { label: r.title, value: r.schools };
    }), maxRisk, "#6a1b9a", "");

    var container = document.getElementById("chart-timeliness");
    container.innerHTML = "";
    var parts = [["onTime", "в срок", "#2e7d32"], ["late", "с опозданием или не сдан в срок", "#c62828"], ["notYet", "ещё не сдан", "#bdbdbd"]];
    var total = v.schools.length;
    var timelinessHeight = v.timeliness.length * 30 + 10;
    var root = svg("svg", { viewBox: "0 0 500 " + timelinessHeight, width: "100%", style: "max-width:500px", role: "img" });
    v.timeliness.forEach(function (t, i) {
      var y = i * 30 + 6, x = 140;
      root.appendChild(svg("text", { x: 134, y: y + 14, "text-anchor": "end", "font-size": 12 }, t.title));
      parts.forEach(function (p) {
        var w = total > 0 ? t[p[0]] / total * 260 : 0;
        if (w > 0) {
          var rect = svg("rect", { x: x, y: y, width: w, height: 18, fill: p[2] });
          rect.appendChild(svg("title", {}, p[1] + ": " + t[p[0]]));
          root.appendChild(rect);
          if (t[p[0]] > 0 && w > 14) {
            root.appendChild(svg("text", { x: x + w / 2, y: y + 13, "text-anchor": "middle", "font-size": 11, fill: p[0] === "notYet" ? "#222" : "#fff" }, String(t[p[0]])));
          }
        }
        x += w;
      });
      root.appendChild(svg("text", { x: 406, y: y + 14, "font-size": 12 }, t.onTime + " / " + t.late + " / " + t.notYet));
    });
    container.appendChild(root);
    var legend = el("div", { "class": "legend" });
    parts.forEach(function (p) {
      var item = el("span", {});
      item.appendChild(el("i", { style: "background:" + p[2] }));
      item.appendChild(document.createTextNode(p[1]));
      legend.appendChild(item);
    });
    container.appendChild(legend);
  }

  document.querySelectorAll("#schools th[data-key]").forEach(function (th) {
    th.addEventListener("click", function () {
      var key = th.getAttribute("data-key");
      state.sortDir = state.sortKey === key ? -state.sortDir : 1;
      state.sortKey = key;
      renderTable();
    });
  });
  filters.forEach(function (f) { document.getElementById(f.id).addEventListener("change", renderTable); });
  document.getElementById("reset").addEventListener("click", function () {
    filters.forEach(function (f) { document.getElementById(f.id).value = ""; });
    renderTable();
  });
  document.getElementById("print").addEventListener("click", function () { window.print(); });
  document.getElementById("cycle").addEventListener("change", function (e) { load(e.target.value); });
  load(new URLSearchParams(window.location.search).get("cycle"));
})();
