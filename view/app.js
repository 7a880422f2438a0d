// kg view: the page's own code (kg inlines it after graphology and sigma). Reads the data
// element written by kg (docs/view.md), builds the graphology graph, draws it with sigma
// at the positions kg computed, and wires search, selection, panels and filters.
// Every text from the data goes into the page through textContent, never as HTML.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var root = document.documentElement;

  // ---- small DOM helpers -------------------------------------------------------------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
    return parent;
  }
  function safeUrl(u) {
    return typeof u === "string" && /^https?:\/\//i.test(u) ? u : "";
  }
  // Names and titles from the text are bidi-isolated, so that a right-to-left mark in one
  // cannot reorder the text around it.
  function bdi(text) { return el("bdi", null, text); }
  function link(text, onClick) {
    var a = el("bdi", "kg-link", text);
    a.setAttribute("role", "button");
    a.tabIndex = 0;
    a.addEventListener("click", onClick);
    a.addEventListener("keydown", function (ev) { if (ev.key === "Enter") onClick(); });
    return a;
  }

  // ---- data ------------------------------------------------------------------------------
  // node: [key, label, type, x, y, mentions, degree, aliases, titles, docs, first, last]
  // edge: [source, target, relation, weight, confidence, first, last, directed, count, evidence]
  // evidence: [doc, sentence, subject, relation, object, confidence, qualifiers]
  var N = data.nodes, E = data.edges, D = data.docs;
  var CO = data.relations.indexOf("CO_MENTIONED");
  var incident = N.map(function () { return []; });
  E.forEach(function (e, j) {
    incident[e[0]].push(j);
    if (e[1] !== e[0]) incident[e[1]].push(j);
  });

  // ---- page skeleton ----------------------------------------------------------------------
  var top = el("header"); top.id = "kg-top";
  var h1 = el("h1", null, data.title);
  var searchBox = el("div"); searchBox.id = "kg-search-box";
  var search = el("input"); search.id = "kg-search"; search.type = "search";
  search.placeholder = "Find an entity by any of its names"; search.setAttribute("aria-label", "Find an entity");
  var suggest = el("ul"); suggest.id = "kg-suggest";
  add(searchBox, search, suggest);
  var counts = el("span"); counts.id = "kg-counts";
  var status = el("span"); status.id = "kg-status";
  add(top, h1, searchBox, counts, status);
  var side = el("aside"); side.id = "kg-side";
  var container = el("main"); container.id = "kg-graph";
  var panel = el("aside"); panel.id = "kg-panel";
  add(document.body, top, side, container, panel);

  counts.dataset.nodes = String(N.length);
  counts.dataset.edges = String(E.length);
  counts.textContent = N.length + " nodes · " + E.length + " edges";
  if (data.total.nodes > N.length || data.total.edges > E.length) {
    status.className = "warn";
    status.textContent = "Too big to show whole: the " + N.length + " most connected of " + data.total.nodes +
      " nodes and " + E.length + " of " + data.total.edges + " edges (kg view --max-nodes / --max-edges).";
  }

  // ---- filters -------------------------------------------------------------------------------
  var filter = {
    types: data.types.map(function () { return true; }),
    relations: data.relations.map(function () { return true; }),
    minWeight: 1, minConfidence: 0, from: "", to: "", hideIsolated: false, sizeBy: "mentions"
  };
  var typeCount = data.types.map(function () { return 0; });
  N.forEach(function (n) { typeCount[n[2]]++; });
  var relCount = data.relations.map(function () { return 0; });
  E.forEach(function (e) { relCount[e[2]]++; });

  function checkList(title, names, counts_, colors, state) {
    add(side, el("h2", null, title));
    names.forEach(function (name, i) {
      var label = el("label");
      var box = el("input"); box.type = "checkbox"; box.checked = true;
      box.addEventListener("change", function () { state[i] = box.checked; applyFilters(); });
      add(label, box);
      if (colors) {
        var sw = el("span", "kg-swatch"); sw.style.background = colors[i];
        add(label, sw);
      }
      add(label, el("span", null, name), el("span", "kg-n", counts_[i]));
      add(side, label);
    });
  }
  checkList("Types", data.types, typeCount, data.colors, filter.types);
  checkList("Relations", data.relations, relCount, null, filter.relations);

  function field(title, input, onChange) {
    add(side, el("h2", null, title), input);
    input.addEventListener("change", function () { onChange(input); applyFilters(); });
    return input;
  }
  var maxWeight = E.reduce(function (m, e) { return Math.max(m, e[3]); }, 1);
  var w = el("input"); w.type = "number"; w.min = "1"; w.max = String(maxWeight); w.value = "1";
  field("Minimum weight", w, function (i) { filter.minWeight = Number(i.value) || 1; });
  var c = el("input"); c.type = "number"; c.min = "0"; c.max = "1"; c.step = "0.05"; c.value = "0";
  field("Minimum confidence", c, function (i) { filter.minConfidence = Number(i.value) || 0; });
  var dates = D.map(function (d) { return d[3]; })
    .concat(E.map(function (e) { return e[5]; }), E.map(function (e) { return e[6]; })).filter(Boolean).sort();
  var from = el("input"); from.type = "date";
  var to = el("input"); to.type = "date";
  if (dates.length) {
    from.min = to.min = dates[0]; from.max = to.max = dates[dates.length - 1];
    from.value = dates[0]; to.value = dates[dates.length - 1];
  }
  field("From (article and event dates)", from, function (i) { filter.from = i.value; });
  field("To", to, function (i) { filter.to = i.value; });
  var sizeBy = el("select");
  [["mentions", "mentions"], ["degree", "degree (edges shown)"]].forEach(function (o) {
    var opt = el("option", null, o[1]); opt.value = o[0]; add(sizeBy, opt);
  });
  field("Size by", sizeBy, function (i) { filter.sizeBy = i.value; resize(); });
  var isoLabel = el("label"); var iso = el("input"); iso.type = "checkbox";
  iso.addEventListener("change", function () { filter.hideIsolated = iso.checked; applyFilters(); });
  add(side, el("h2", null, "Display"), add(isoLabel, iso, el("span", null, "hide nodes without shown edges")));

  // ---- the graph ---------------------------------------------------------------------------------
  var graph = new graphology.MultiGraph({ allowSelfLoops: true });
  function nodeSize(v) { return 2 + 1.6 * Math.log2(1 + v); }
  N.forEach(function (n, i) {
    graph.addNode(String(i), {
      x: n[3], y: n[4], label: n[1], color: data.colors[n[2]], size: nodeSize(n[5])
    });
  });
  E.forEach(function (e, j) {
    var attrs = {
      size: 0.6 + 0.7 * Math.log2(e[3]), color: e[2] === CO ? "#d4d4d4" : "#9aa5b1",
      type: e[7] ? "arrow" : "line"
    };
    if (e[7]) graph.addDirectedEdgeWithKey(String(j), String(e[0]), String(e[1]), attrs);
    else graph.addUndirectedEdgeWithKey(String(j), String(e[0]), String(e[1]), attrs);
  });
  counts.dataset.graphNodes = String(graph.order);
  counts.dataset.graphEdges = String(graph.size);

  var nodeShown = new Uint8Array(N.length), edgeShown = new Uint8Array(E.length);
  function overlaps(first, last) {
    if (!first) return true;  // undated: always shown
    if (filter.from && last < filter.from) return false;
    if (filter.to && first > filter.to) return false;
    return true;
  }
  function computeShown() {
    N.forEach(function (n, i) { nodeShown[i] = filter.types[n[2]] && overlaps(n[10], n[11]) ? 1 : 0; });
    var hasEdge = new Uint8Array(N.length);
    E.forEach(function (e, j) {
      var ok = filter.relations[e[2]] && e[3] >= filter.minWeight &&
        (e[4] < 0 || e[4] >= filter.minConfidence) && overlaps(e[5], e[6]) && nodeShown[e[0]] && nodeShown[e[1]];
      edgeShown[j] = ok ? 1 : 0;
      if (ok) { hasEdge[e[0]] = 1; hasEdge[e[1]] = 1; }
    });
    if (filter.hideIsolated) N.forEach(function (n, i) { if (!hasEdge[i]) nodeShown[i] = 0; });
    var shownNodes = 0, shownEdges = 0;
    nodeShown.forEach(function (v) { shownNodes += v; });
    edgeShown.forEach(function (v) { shownEdges += v; });
    counts.textContent = N.length + " nodes · " + E.length + " edges" +
      (shownNodes < N.length || shownEdges < E.length ? " (shown: " + shownNodes + " · " + shownEdges + ")" : "");
  }

  var selectedNode = -1, selectedEdge = -1, neighbours = null;
  function resize() {
    var degree = N.map(function () { return 0; });
    E.forEach(function (e, j) { if (edgeShown[j]) { degree[e[0]]++; degree[e[1]]++; } });
    N.forEach(function (n, i) {
      graph.setNodeAttribute(String(i), "size", nodeSize(filter.sizeBy === "degree" ? degree[i] : n[5]));
    });
  }

  var renderer = new Sigma(graph, container, {
    defaultEdgeType: "line",
    enableEdgeEvents: true,
    labelRenderedSizeThreshold: N.length < 300 ? 0 : 7,  // small graphs: every label that fits
    labelDensity: 0.6,
    labelGridCellSize: 70,
    labelSize: 12,
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    zIndex: true,
    hideEdgesOnMove: E.length > 5000,  // big graphs: pan and zoom draw the nodes only
    nodeReducer: function (key, attrs) {
      var i = +key, r = Object.assign({}, attrs);
      if (!nodeShown[i]) { r.hidden = true; return r; }
      if (neighbours) {
        if (i === selectedNode) { r.highlighted = true; r.forceLabel = true; r.zIndex = 2; }
        else if (neighbours.has(i)) { r.forceLabel = true; r.zIndex = 1; }
        else { r.color = "#e6e6e6"; r.label = ""; r.zIndex = 0; }
      }
      return r;
    },
    edgeReducer: function (key, attrs) {
      var j = +key, r = Object.assign({}, attrs), e = E[j];
      if (!edgeShown[j]) { r.hidden = true; return r; }
      if (j === selectedEdge) { r.color = "#e8590c"; r.size = attrs.size + 2; r.zIndex = 2; }
      else if (selectedNode >= 0) {
        if (e[0] === selectedNode || e[1] === selectedNode) { r.color = "#555"; r.zIndex = 1; }
        else r.hidden = true;
      }
      return r;
    }
  });

  // ---- panels --------------------------------------------------------------------------------------
  function nodeName(i) { return N[i][1]; }
  function docLine(d) {
    var doc = D[d];
    var li = el("li");
    var url = safeUrl(doc[2]);
    var title = doc[1] || doc[0];
    if (url) {
      var a = add(el("a"), bdi(title)); a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
      add(li, a);
    } else add(li, bdi(title));
    if (doc[3]) add(li, el("span", "kg-meta", " " + doc[3]));
    return li;
  }
  function list(title, items) {
    if (!items.length) return;
    add(panel, el("h2", null, title));
    var ul = el("ul");
    items.forEach(function (x) { add(ul, typeof x === "string" ? el("li", null, x) : x); });
    add(panel, ul);
  }
  function clearPanel() { panel.textContent = ""; }
  function hint() {
    clearPanel();
    add(panel, el("p", "kg-hint", "Click a node to see its names, articles and relations; click an edge to " +
      "read its evidence. Scroll to zoom, drag to pan."));
  }

  function showNode(i) {
    var n = N[i];
    clearPanel();
    add(panel, el("h3", null, n[1]));
    var type = el("p");
    var sw = el("span", "kg-swatch"); sw.style.background = data.colors[n[2]];
    add(type, sw, el("span", null, " " + data.types[n[2]] + " · " + n[5] + " mentions · " + n[6] + " edges"));
    add(panel, type);
    list("Names", [n[1]].concat(n[7]));
    list("Titles", n[8]);
    list("Articles", n[9].map(docLine));
    var rels = incident[i].filter(function (j) { return edgeShown[j]; });
    rels.sort(function (a, b) { return E[b][3] - E[a][3] || a - b; });
    list("Relations", rels.map(function (j) {
      var e = E[j], other = e[0] === i ? e[1] : e[0];
      var li = el("li");
      var arrow = !e[7] ? " — " : e[0] === i ? " → " : " ← ";
      add(li, link(data.relations[e[2]], function () { select(-1, j); }), el("span", null, arrow),
          link(nodeName(other), function () { focusNode(other); }), el("span", "kg-meta", " ×" + e[3]));
      return li;
    }));
  }

  // The sentence with the subject, relation and object spans marked.
  function markedSentence(text, spans) {
    var p = el("p");
    var marks = [];
    ["kg-s", "kg-r", "kg-o"].forEach(function (cls, k) {
      var s = spans[k];
      if (s && s[1] > s[0] && s[1] <= text.length) marks.push([s[0], s[1], cls]);
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var at = 0;
    marks.forEach(function (m) {
      if (m[0] < at) return;  // overlapping spans: the first one wins
      if (m[0] > at) add(p, document.createTextNode(text.slice(at, m[0])));
      add(p, el("mark", m[2], text.slice(m[0], m[1])));
      at = m[1];
    });
    add(p, document.createTextNode(text.slice(at)));
    return p;
  }

  function showEdge(j) {
    var e = E[j];
    clearPanel();
    var h = el("h3");
    add(h, link(nodeName(e[0]), function () { focusNode(e[0]); }),
        el("span", null, " " + data.relations[e[2]] + (e[7] ? " → " : " — ")),
        link(nodeName(e[1]), function () { focusNode(e[1]); }));
    add(panel, h);
    var meta = "weight " + e[3] + (e[4] >= 0 ? " · confidence " + e[4] : "") +
      (e[5] ? " · " + e[5] + (e[6] !== e[5] ? " to " + e[6] : "") : "");
    add(panel, el("p", "kg-meta", meta));
    if (e[2] === CO) add(panel, el("p", "kg-hint", "Named in the same sentence " + e[3] + " times."));
    add(panel, el("h2", null, "Evidence"));
    e[9].forEach(function (ev) {
      var box = el("div", "kg-ev");
      if (ev[1]) add(box, markedSentence(ev[1], [ev[2], ev[3], ev[4]]));
      else add(box, el("p", "kg-hint", "(the sentence text is stored only for sentences with a relation)"));
      if (ev[0] >= 0) {
        var d = D[ev[0]], line = el("p", "kg-meta");
        var url = safeUrl(d[2]);
        if (url) {
          var a = add(el("a"), bdi(d[1] || d[0])); a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
          add(line, a);
        } else add(line, bdi(d[1] || d[0]));
        if (d[3]) add(line, el("span", null, " · " + d[3]));
        add(box, line);
      }
      var q = (ev[5] >= 0 ? ["confidence " + ev[5]] : []).concat(ev[6]);
      if (q.length) add(box, el("p", "kg-meta", q.join(" · ")));
      add(panel, box);
    });
    if (e[8] > e[9].length) add(panel, el("p", "kg-hint", "… and " + (e[8] - e[9].length) + " more"));
  }

  function select(node, edge) {
    selectedNode = node;
    selectedEdge = edge;
    neighbours = null;
    if (node >= 0) {
      neighbours = new Set();
      incident[node].forEach(function (j) {
        if (edgeShown[j]) { neighbours.add(E[j][0]); neighbours.add(E[j][1]); }
      });
      showNode(node);
    } else if (edge >= 0) showEdge(edge);
    else hint();
    root.dataset.kgSelected = node >= 0 ? N[node][0] : "";
    renderer.refresh();
  }

  function focusNode(i) {
    if (!nodeShown[i]) {  // make it visible again: a search must find what the page holds
      filter.types[N[i][2]] = true;
      Array.prototype.forEach.call(side.querySelectorAll("input[type=checkbox]"), function (b, k) {
        if (k === N[i][2]) b.checked = true;
      });
      if (!overlaps(N[i][10], N[i][11])) {  // outside the date range: show every date again
        filter.from = filter.to = "";
        from.value = dates.length ? dates[0] : "";
        to.value = dates.length ? dates[dates.length - 1] : "";
      }
      filter.hideIsolated = false;
      iso.checked = false;
      applyFilters();
    }
    select(i, -1);
    var d = renderer.getNodeDisplayData(String(i));
    var camera = renderer.getCamera();
    if (d) camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
  }

  renderer.on("clickNode", function (ev) { select(+ev.node, -1); });
  renderer.on("clickEdge", function (ev) { select(-1, +ev.edge); });
  renderer.on("clickStage", function () { select(-1, -1); });

  function applyFilters() {
    computeShown();
    if (filter.sizeBy === "degree") resize();
    select(selectedNode >= 0 && nodeShown[selectedNode] ? selectedNode : -1,
           selectedEdge >= 0 && edgeShown[selectedEdge] ? selectedEdge : -1);
  }

  // ---- search by any name ------------------------------------------------------------------------
  function norm(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }
  var names = [];  // [normalised name, node, name as written]
  N.forEach(function (n, i) {
    [n[1]].concat(n[7]).forEach(function (name) { names.push([norm(name), i, name]); });
  });
  function find(query, limit) {
    var q = norm(query);
    if (!q) return [];
    var seen = new Set(), out = [];
    function pass(test) {
      for (var k = 0; k < names.length && out.length < limit; k++) {
        var x = names[k];
        if (!seen.has(x[1]) && test(x[0])) { seen.add(x[1]); out.push(x); }
      }
    }
    pass(function (s) { return s === q; });
    pass(function (s) { return s.indexOf(q) === 0; });
    pass(function (s) { return s.indexOf(" " + q) >= 0 || s.indexOf(q) >= 0; });
    return out;
  }
  var active = 0, results = [];
  function showSuggestions() {
    results = find(search.value, 12);
    active = 0;
    suggest.textContent = "";
    results.forEach(function (x, k) {
      var li = add(el("li", k === active ? "active" : ""), bdi(x[2]));
      if (x[2] !== N[x[1]][1]) add(li, el("small", null, " → "), add(el("small"), bdi(N[x[1]][1])));
      add(li, el("small", null, " · " + data.types[N[x[1]][2]]));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(k); });
      add(suggest, li);
    });
  }
  function choose(k) {
    var x = results[k];
    suggest.textContent = "";
    root.dataset.kgSearch = x ? N[x[1]][0] : "none";
    if (x) { search.value = x[2]; focusNode(x[1]); }
  }
  search.addEventListener("input", showSuggestions);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!results.length) return;
      active = (active + (ev.key === "ArrowDown" ? 1 : results.length - 1)) % results.length;
      Array.prototype.forEach.call(suggest.children, function (li, k) { li.className = k === active ? "active" : ""; });
      ev.preventDefault();
    } else if (ev.key === "Enter") {
      if (!results.length) showSuggestions();
      choose(active);
    } else if (ev.key === "Escape") suggest.textContent = "";
  });
  search.addEventListener("blur", function () { suggest.textContent = ""; });

  // ---- start -------------------------------------------------------------------------------------
  computeShown();
  hint();
  var first = true;
  renderer.on("afterRender", function () {
    if (!first) return;
    first = false;
    root.dataset.kgFirstRenderMs = String(Math.round(performance.now()));
    root.dataset.kgFirstRenderAt = String(Math.round(performance.timeOrigin + performance.now()));  // epoch ms
  });
  renderer.refresh();
  // "#search=NAME": search at load (links to an entity); "#edge=N": show edge N's evidence.
  var m = /^#search=(.*)$/.exec(location.hash);
  if (m) {
    search.value = decodeURIComponent(m[1]);
    results = find(search.value, 1);
    choose(0);
  }
  m = /^#edge=(\d+)$/.exec(location.hash);
  if (m && +m[1] < E.length) select(-1, +m[1]);
  // "#bench": the mean time of a full redraw (reducers, indexation and drawing), the upper
  // bound of one frame while panning or zooming (bench/view_bench.sh reports it).
  if (location.hash === "#bench") {
    var t = performance.now();
    for (var k = 0; k < 10; k++) {
      renderer.getCamera().setState({ ratio: 1 - k * 0.05 });
      renderer.refresh();
    }
    root.dataset.kgFrameMs = String(Math.round((performance.now() - t) / 10));
  }
  root.dataset.kgReady = "1";
})();
