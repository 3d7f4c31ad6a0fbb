// chronicle's timeline page: draws the events of the JSON block "data" on
// an SVG time axis, one lane per event type. Days map to x piecewise: each
// stretch of time with events gets the same pixels per day, and a long
// empty stretch between two of them is drawn as a short hatched gap, so
// that events decades apart still fit. Within a lane, a mark takes the
// first row where it and its label fit; where none is free it goes
// without a label, so labels never overlap. Plain DOM, no libraries.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("data").textContent);
  var events = data.events;
  var svg = document.getElementById("axis");
  var NS = svg.namespaceURI;
  var chart = document.getElementById("chart");
  var tip = document.getElementById("tip");
  var details = document.getElementById("details");
  var DAY = 864e5, LEFT = 136, PAD = 6, GAP = 18, GAPDAYS = 60, EVENTPX = 12, AXIS = 34, ROW = 22, MAXROWS = 6, LABEL = 40;
  var colors = {};
  data.types.forEach(function (t) { colors[t.name] = t.color; });
  var measure = document.createElement("canvas").getContext("2d");
  measure.font = "11px sans-serif";

  function dayOf(s) {
    var d = new Date(0);
    d.setUTCFullYear(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
    return Math.round(d.getTime() / DAY);
  }
  function dateOf(day) { return new Date(day * DAY); }
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  var dated = [], undated = [];
  events.forEach(function (e, i) {
    e.i = i;
    e.label = e.summary.length > LABEL ? e.summary.slice(0, LABEL - 1).trim() + "\u2026" : e.summary;
    e.labelWidth = measure.measureText(e.label).width;
    if (e.start) {
      e.s = dayOf(e.start);
      e.e = dayOf(e.end || e.start) + 1; // exclusive
      dated.push(e);
    } else {
      undated.push(e);
    }
  });

  // Stretches of days with events, [a, b) each with n, the number of
  // events starting in it; a long interval counts with its first month
  // only, so that "the 1990s" does not join decades into one stretch.
  var stretches = [];
  dated.map(function (e) { return [e.s, Math.min(e.e, e.s + 31)]; })
    .sort(function (p, q) { return p[0] - q[0]; })
    .forEach(function (p) {
      var last = stretches[stretches.length - 1];
      if (last && p[0] - last[1] <= GAPDAYS) {
        last[1] = Math.max(last[1], p[1]);
        last[2]++;
      } else {
        stretches.push([p[0], p[1], 1]);
      }
    });
  var lastDay = dated.reduce(function (m, e) { return Math.max(m, e.e); }, -Infinity);
  var tail = stretches.length && lastDay > stretches[stretches.length - 1][1];

  // A stretch is as wide as its days or its events need, whichever is
  // more, times the zoom z: one day is z pixels, and an event at least
  // EVENTPX * z. So a crowded week gets room, and a lone date of 1948
  // takes little; within a stretch the scale is even.
  var z = 1;
  var points = []; // [day, x] breakpoints of the piecewise-linear map

  function need(s) { return Math.max(s[1] - s[0], EVENTPX * s[2]); }
  function layoutAxis() {
    points = [];
    var x = LEFT + PAD;
    stretches.forEach(function (s, j) {
      if (j > 0) { x += GAP + 2 * PAD; }
      s.x0 = x;
      points.push([s[0], x]);
      x += need(s) * z;
      s.x1 = x;
      points.push([s[1], x]);
    });
    if (tail) { points.push([lastDay, x + PAD + GAP]); }
  }
  function xOf(day) {
    if (!points.length) { return LEFT + PAD; }
    if (day <= points[0][0]) { return points[0][1]; }
    for (var j = 1; j < points.length; j++) {
      var p = points[j - 1], q = points[j];
      if (day <= q[0]) { return p[1] + (day - p[0]) / (q[0] - p[0]) * (q[1] - p[1]); }
    }
    return points[points.length - 1][1];
  }
  function dayAt(x) {
    if (!points.length || x <= points[0][1]) { return points.length ? points[0][0] : 0; }
    for (var j = 1; j < points.length; j++) {
      var p = points[j - 1], q = points[j];
      if (x <= q[1]) { return p[0] + (x - p[1]) / (q[1] - p[1]) * (q[0] - p[0]); }
    }
    return points[points.length - 1][0];
  }
  function fitZ() {
    var fixed = LEFT + PAD + (GAP + 2 * PAD) * Math.max(0, stretches.length - 1) + (tail ? PAD + GAP : 0) + 24;
    var total = stretches.reduce(function (n, s) { return n + need(s); }, 0);
    return Math.max((chart.clientWidth - fixed) / Math.max(total, 1), 0.001);
  }

  function el(name, attrs, parent) {
    var n = document.createElementNS(NS, name);
    for (var a in attrs) { n.setAttribute(a, attrs[a]); }
    if (parent) { parent.appendChild(n); }
    return n;
  }
  function text(parent, x, y, s, attrs) {
    var t = el("text", Object.assign({ x: x, y: y }, attrs || {}), parent);
    t.textContent = s;
    return t;
  }

  // The tick units, finest first: the first whose ticks are far enough
  // apart is used.
  var UNITS = [
    { days: 1, step: function (d) { d.setUTCDate(d.getUTCDate() + 1); } },
    { days: 7, step: function (d) { d.setUTCDate(d.getUTCDate() + 7); }, start: function (d) { d.setUTCDate(d.getUTCDate() + (8 - d.getUTCDay()) % 7); } },
    { days: 30.4, months: 1 }, { days: 91.3, months: 3 }, { days: 365.25, months: 12 },
    { days: 1826, months: 60 }, { days: 3652, months: 120 }, { days: 18262, months: 600 }, { days: 36525, months: 1200 }
  ];
  function ticks(s) {
    var a = s[0], b = s[1], k = (s.x1 - s.x0) / (b - a); // pixels per day here
    var unit = UNITS[UNITS.length - 1];
    for (var u = 0; u < UNITS.length; u++) {
      if (UNITS[u].days * k >= (UNITS[u].months ? 48 : 44)) { unit = UNITS[u]; break; }
    }
    var d = dateOf(a), out = [];
    if (unit.months) {
      var m = d.getUTCFullYear() * 12 + d.getUTCMonth();
      m = Math.ceil(m / unit.months) * unit.months;
      d = new Date(0);
      d.setUTCFullYear(Math.floor(m / 12), m % 12, 1);
    } else if (unit.start) {
      unit.start(d);
    }
    for (var n = 0; n < 2000; n++) {
      var day = Math.round(d.getTime() / DAY);
      if (day >= b) { break; }
      out.push({ day: day, date: new Date(d.getTime()), unit: unit });
      if (unit.months) { d.setUTCMonth(d.getUTCMonth() + unit.months); } else { unit.step(d); }
    }
    return out;
  }
  function tickLabel(t, first) {
    var d = t.date, y = d.getUTCFullYear();
    if (t.unit.months >= 12) { return String(y); }
    if (t.unit.months) { return MONTHS[d.getUTCMonth()] + (first || d.getUTCMonth() === 0 ? " " + y : ""); }
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + (first || (d.getUTCMonth() === 0 && d.getUTCDate() <= 7) ? " " + y : "");
  }
  function gapLabel(days) {
    if (days >= 730) { return Math.round(days / 365.25) + " years"; }
    return Math.round(days / 30.4) + " months";
  }

  // lanes packs the dated marks of each type into rows. A mark takes the
  // first row that is free from where it (or its label, on the left)
  // begins, up to MAXROWS rows; else, unlabelled, the first row whose
  // labels end before it; else an extra row that holds no labels. So a
  // label never overlaps another label or another event's mark.
  function lanes(width) {
    var byType = {}, out = [];
    dated.forEach(function (e) {
      var x1 = xOf(e.s), x2 = Math.max(xOf(e.e), x1 + 6);
      var point = e.e - e.s === 1;
      if (point) { x2 = x1; }
      (byType[e.type] = byType[e.type] || []).push({ e: e, x1: x1, x2: x2, point: point });
    });
    data.types.forEach(function (t) {
      var ms = byType[t.name];
      if (!ms) { return; }
      var ends = [], labelEnds = [], spill = false;
      ms.forEach(function (m) {
        var from = m.x1 - 7, bare = m.x2 + 7, labelled = bare + 2 + m.e.labelWidth;
        m.left = labelled > width - 4; // no room on the right: label on the left
        var r = firstFree(ends, m.left ? from - 2 - m.e.labelWidth : from, MAXROWS);
        m.labelled = r >= 0;
        if (m.labelled) {
          m.row = r;
          ends[r] = m.left ? bare : labelled;
          labelEnds[r] = m.left ? m.x1 : labelled;
          return;
        }
        r = firstFree(labelEnds, from, 0);
        if (r < 0) {
          m.row = MAXROWS; // the extra row, where marks may overlap marks
          spill = true;
          return;
        }
        m.row = r;
        ends[r] = Math.max(ends[r], bare);
      });
      out.push({ type: t.name, marks: ms, rows: spill ? MAXROWS + 1 : Math.max(labelEnds.length, 1) });
    });
    return out;
  }
  // firstFree returns the first row whose end is at or before from, else a
  // new row while there are fewer than max, else -1.
  function firstFree(ends, from, max) {
    for (var j = 0; j < ends.length; j++) {
      if (ends[j] <= from) { return j; }
    }
    return ends.length < max ? ends.length : -1;
  }

  var selected = -1, marks = [], axisLabels = [];

  function draw() {
    layoutAxis();
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    marks = [];
    axisLabels = [];
    var axisEnd = points.length ? points[points.length - 1][1] : LEFT + PAD;
    var width = Math.max(axisEnd + 24, chart.clientWidth - 2);
    var ls = lanes(width);
    var y = AXIS + 6;
    ls.forEach(function (l) { l.y = y; y += l.rows * ROW + 8; });
    var undatedY = y, perRow = Math.max(1, Math.floor((width - LEFT - 2 * PAD) / 18));
    if (undated.length) { y += Math.ceil(undated.length / perRow) * ROW + 8; }
    var height = y + 4;
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    drawDefs();
    var bg = el("g", {}, svg);
    ls.forEach(function (l, j) {
      el("rect", { "class": "lane-bg" + (j % 2 ? " odd" : ""), x: 0, y: l.y - 4, width: width, height: l.rows * ROW + 8 }, bg);
    });
    if (undated.length) {
      el("rect", { "class": "lane-bg" + (ls.length % 2 ? " odd" : ""), x: 0, y: undatedY - 4, width: width, height: height - undatedY }, bg);
    }
    drawAxis(height);
    var g = el("g", { "class": "marks" }, svg);
    ls.forEach(function (l) {
      l.marks.forEach(function (m) { drawMark(g, m, l.y + m.row * ROW + ROW / 2); });
    });
    undated.forEach(function (e, n) {
      var x = LEFT + PAD + 6 + (n % perRow) * 18;
      drawMark(g, { e: e, x1: x, x2: x, point: true, labelled: false, undated: true },
        undatedY + Math.floor(n / perRow) * ROW + ROW / 2);
    });
    drawLaneNames(ls, undatedY, height);
    if (selected >= 0) { select(selected, false); }
  }

  function drawDefs() {
    var defs = el("defs", {}, svg);
    var p = el("pattern", { id: "hatch", width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" }, defs);
    el("line", { "class": "hatch-line", x1: 0, y1: 0, x2: 0, y2: 6 }, p);
  }

  // drawAxis draws each stretch's ticks, a label at its start (its year,
  // or month and year) and a hatched gap between stretches; a label that
  // would touch the one before it is left out.
  function drawAxis(height) {
    var g = el("g", { "class": "axis" }, svg);
    var lastLabelEnd = -Infinity;
    var label = function (parent, x, s, anchor) {
      var w = measure.measureText(s).width, left = anchor === "start" ? x : x - w / 2;
      if (left < lastLabelEnd + 6 || left < LEFT) { return; }
      axisLabels.push({ el: text(parent, x, AXIS - 12, s, { "text-anchor": anchor }), left: left });
      lastLabelEnd = left + w;
    };
    stretches.forEach(function (s, j) {
      if (j > 0) { drawGap(g, stretches[j - 1], s, height); }
      var ts = ticks(s), sg = el("g", { "class": "tick major" }, g);
      var first = dateOf(s[0]);
      var fine = ts.length && !ts[0].unit.months ? first.getUTCDate() + " " : "";
      el("line", { x1: s.x0, y1: AXIS - 8, x2: s.x0, y2: AXIS - 2 }, sg);
      var yearOnly = first.getUTCMonth() === 0 && first.getUTCDate() === 1 && s.x1 - s.x0 < 60;
      label(sg, s.x0, yearOnly ? String(first.getUTCFullYear()) :
        fine + MONTHS[first.getUTCMonth()] + " " + first.getUTCFullYear(), "start");
      ts.forEach(function (t) {
        var x = xOf(t.day);
        var major = t.unit.months ? t.date.getUTCMonth() === 0 : t.date.getUTCDate() === 1;
        var tg = el("g", { "class": "tick" + (major ? " major" : "") }, g);
        el("line", { x1: x, y1: AXIS - 6, x2: x, y2: height }, tg);
        label(tg, x, tickLabel(t, false), "middle");
      });
    });
    if (tail) { drawGap(g, stretches[stretches.length - 1], null, height); }
    var end = points.length ? points[points.length - 1][1] : LEFT;
    el("line", { "class": "baseline", x1: LEFT, y1: AXIS - 4, x2: end, y2: AXIS - 4 }, g);
  }
  // drawGap hatches the stretch of days that the axis skips after s (up
  // to next, or to the end of the last long interval).
  function drawGap(g, s, next, height) {
    var x1 = s.x1 + PAD, x2 = next ? next.x0 - PAD : points[points.length - 1][1];
    var to = next ? next[0] : lastDay;
    var gg = el("g", { "class": "gap" }, g);
    el("rect", { x: x1, y: AXIS - 4, width: Math.max(x2 - x1, 2), height: height - AXIS + 4 }, gg);
    el("title", {}, gg).textContent = "no event starts in these " + gapLabel(to - s[1]) + "; the axis skips them";
  }

  function drawMark(g, m, y) {
    var e = m.e;
    var cls = "mark";
    if (m.undated) { cls += " undated"; } else if (e.anchor === "inherited") { cls += " inherited"; }
    if (e.planned) { cls += " planned"; }
    var mg = el("g", { "class": cls, "data-i": e.i, tabindex: 0, role: "button", "aria-label": e.date + ": " + e.summary }, g);
    if (!m.undated) { mg.setAttribute("data-x", m.x1.toFixed(2)); }
    var c = colors[e.type] || "#999";
    if (m.undated) {
      el("rect", { x: m.x1 - 4, y: y - 4, width: 8, height: 8, transform: "rotate(45 " + m.x1 + " " + y + ")", fill: c, stroke: c }, mg);
    } else if (m.point) {
      el("circle", { cx: m.x1, cy: y, r: 5, fill: c, stroke: c }, mg);
    } else {
      el("rect", { x: m.x1, y: y - 6, width: Math.max(m.x2 - m.x1, 6), height: 12, rx: 3, fill: c, "fill-opacity": 0.55, stroke: c }, mg);
    }
    if (m.labelled && m.left) {
      text(mg, m.x1 - (m.point ? 9 : 4), y + 4, e.label, { "text-anchor": "end" });
    } else if (m.labelled) {
      text(mg, (m.point ? m.x1 + 5 : m.x2) + 4, y + 4, e.label);
    }
    marks[e.i] = mg;
  }

  function drawLaneNames(ls, undatedY, height) {
    var g = el("g", { "class": "lanes" }, svg);
    el("rect", { "class": "lane-bg", x: 0, y: 0, width: LEFT, height: height }, g);
    ls.forEach(function (l, j) {
      el("rect", { "class": "lane-bg" + (j % 2 ? " odd" : ""), x: 0, y: l.y - 4, width: LEFT, height: l.rows * ROW + 8 }, g);
      text(g, 8, l.y + ROW / 2 + 4, l.type.replace("_", " "));
    });
    if (undated.length) {
      el("rect", { "class": "lane-bg" + (ls.length % 2 ? " odd" : ""), x: 0, y: undatedY - 4, width: LEFT, height: height - undatedY }, g);
      text(g, 8, undatedY + ROW / 2 + 4, "undated");
    }
    el("line", { "class": "baseline", x1: LEFT - 0.5, y1: AXIS - 4, x2: LEFT - 0.5, y2: height }, g);
    var place = function () {
      var edge = chart.scrollLeft + LEFT;
      g.setAttribute("transform", "translate(" + chart.scrollLeft + ",0)");
      // a date label half under the lane names would read as another date
      axisLabels.forEach(function (a) { a.el.style.visibility = a.left < edge ? "hidden" : ""; });
    };
    place();
    chart.onscroll = place;
  }

  // Details of the selected event.
  function add(parent, name, s, cls) {
    var n = document.createElement(name);
    if (s !== undefined) { n.textContent = s; }
    if (cls) { n.className = cls; }
    parent.appendChild(n);
    return n;
  }
  function showDetails(e) {
    details.textContent = "";
    details.style.borderLeftColor = colors[e.type] || "#ccc";
    add(details, "h2", e.summary);
    var meta = e.date + (e.start ? " (" + e.start + (e.end !== e.start ? " to " + e.end : "") + ")" : "");
    meta += " \u00b7 " + e.type.replace("_", " ") + (e.cameo ? " (CAMEO " + e.cameo + ")" : "");
    if (e.planned) { meta += " \u00b7 planned"; }
    if (e.anchor === "inherited") { meta += " \u00b7 date inherited from the narrative"; }
    if (!e.start) { meta += " \u00b7 undated"; }
    add(details, "p", meta, "meta");
    var dl = add(details, "dl");
    var row = function (name, value) {
      if (!value) { return null; }
      add(dl, "dt", name);
      return typeof value === "string" ? add(dl, "dd", value) : dl.appendChild(value);
    };
    if (e.text) { row("Said as", "\u201c" + e.text + "\u201d"); }
    row("Who", e.who.map(entityText).join("; "));
    if (e.where) { row("Where", entityText(e.where)); }
    if (e.sentence) {
      var q = document.createElement("dd");
      add(q, "blockquote", e.sentence);
      row("Sentence", q);
    }
    if (e.doc) { row("Document", e.doc + ", event " + e.id); }
    if (e.sources && e.sources.length) {
      var dd = document.createElement("dd"), ol = add(dd, "ol");
      e.sources.forEach(function (s) {
        var li = add(ol, "li");
        add(li, "b", s.doc);
        if (s.date) { add(li, "span", " (\u201c" + s.date + "\u201d)"); }
        if (s.url) { add(li, "div", s.url, "url"); }
        if (s.sentence) { add(li, "div", s.sentence); }
      });
      row("Sources (" + e.sources.length + ")", dd);
    }
  }
  function entityText(p) {
    var s = p.name, about = [p.kind, p.role, p.actor || p.country].filter(Boolean).join(", ");
    return about ? s + " (" + about + ")" : s;
  }

  function select(i, scroll) {
    tip.hidden = true;
    document.querySelectorAll(".sel").forEach(function (n) { n.classList.remove("sel"); });
    selected = i;
    var m = marks[i], row = document.getElementById("row-" + i);
    if (m) {
      m.classList.add("sel");
      m.parentNode.appendChild(m); // on top of its neighbours
      if (scroll) {
        var box = m.getBBox();
        if (box.x < chart.scrollLeft + LEFT || box.x > chart.scrollLeft + chart.clientWidth - 40) {
          chart.scrollLeft = box.x - LEFT - (chart.clientWidth - LEFT) / 3;
        }
      }
    }
    if (row) { row.classList.add("sel"); }
    showDetails(events[i]);
    try {
      history.replaceState(null, "", "#event-" + (i + 1));
    } catch (err) { /* a page opened where the address cannot change */ }
  }

  function markOf(n) {
    while (n && n !== svg) {
      if (n.classList && n.classList.contains("mark")) { return n; }
      n = n.parentNode;
    }
    return null;
  }
  svg.addEventListener("click", function (ev) {
    var m = markOf(ev.target);
    if (m) { select(+m.getAttribute("data-i"), false); }
  });
  svg.addEventListener("keydown", function (ev) {
    var m = markOf(ev.target);
    if (m && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); select(+m.getAttribute("data-i"), false); }
  });
  svg.addEventListener("mouseover", function (ev) {
    var m = markOf(ev.target);
    if (!m || +m.getAttribute("data-i") === selected) { return; } // its details show already
    var e = events[+m.getAttribute("data-i")];
    tip.textContent = "";
    add(tip, "b", e.date);
    add(tip, "span", " \u00b7 " + e.type.replace("_", " "));
    add(tip, "div", e.summary);
    tip.hidden = false;
  });
  svg.addEventListener("mousemove", function (ev) {
    if (tip.hidden) { return; }
    var x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    tip.style.left = x + "px";
    tip.style.top = (ev.clientY + 16) + "px";
  });
  svg.addEventListener("mouseout", function (ev) { if (markOf(ev.target)) { tip.hidden = true; } });
  document.querySelector("#events tbody").addEventListener("click", function (ev) {
    var tr = ev.target.closest("tr");
    if (tr) { select(+tr.getAttribute("data-i"), true); }
  });
  document.addEventListener("keydown", function (ev) {
    if (selected < 0 || ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
    var step = ev.key === "ArrowRight" ? 1 : ev.key === "ArrowLeft" ? -1 : 0;
    if (step && selected + step >= 0 && selected + step < events.length) {
      ev.preventDefault();
      select(selected + step, true);
    }
  });

  // Zoom keeps the day under the pointer (or the middle) where it is. The
  // page opens fitted to the window, or, when that would crowd the
  // events, at the zoom that gives each EVENTPX pixels, with a scroll bar.
  var fitted = true;
  function zoom(factor, atX) {
    var at = atX === undefined ? chart.clientWidth / 2 : atX;
    var day = dayAt(chart.scrollLeft + at);
    var fz = Math.min(fitZ(), 1);
    z = Math.min(Math.max(z * factor, fz), 400);
    fitted = false;
    draw();
    chart.scrollLeft = xOf(day) - at;
  }
  function fit() {
    z = fitZ();
    fitted = true;
    draw();
    chart.scrollLeft = 0;
  }
  document.getElementById("zoom-in").onclick = function () { zoom(2); };
  document.getElementById("zoom-out").onclick = function () { zoom(0.5); };
  document.getElementById("zoom-fit").onclick = fit;
  chart.addEventListener("wheel", function (ev) {
    if (!ev.ctrlKey && !ev.metaKey) { return; }
    ev.preventDefault();
    zoom(ev.deltaY < 0 ? 1.25 : 0.8, ev.clientX - chart.getBoundingClientRect().left);
  }, { passive: false });
  var resizing = 0;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () { if (fitted) { fit(); } else { draw(); } }, 100);
  });
  z = Math.max(fitZ(), 1);
  fitted = z === fitZ();
  draw();
  var linked = /^#event-(\d+)$/.exec(location.hash); // a link to one event
  if (linked && +linked[1] >= 1 && +linked[1] <= events.length) { select(+linked[1] - 1, true); }
}());
