(function () {
  "use strict";
  /* drafter review page: ES5 only (no modules, arrows or let), no network, no storage. */
  var doc = document;
  doc.documentElement.className = doc.documentElement.className.replace(/\bnojs\b/, "js");

  function hasClass(el, name) {
    return (" " + el.className + " ").indexOf(" " + name + " ") >= 0;
  }
  function addClass(el, name) {
    if (!hasClass(el, name)) { el.className = el.className ? el.className + " " + name : name; }
  }
  function removeClass(el, name) {
    el.className = (" " + el.className + " ").replace(" " + name + " ", " ").replace(/^\s+|\s+$/g, "");
  }
  function toArray(list) {
    var out = [], i;
    for (i = 0; i < list.length; i++) { out.push(list[i]); }
    return out;
  }
  function visible(el) {
    return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  }
  function reveal(el) {
    var toggle = doc.getElementById("only-changed");
    if (!visible(el) && toggle && toggle.checked) {
      toggle.checked = false;
    }
    if (el.scrollIntoView) { el.scrollIntoView({ block: "center" }); }
  }

  /* --- next / previous change (n / p) --- */
  var current = -1;
  var navPos = doc.getElementById("nav-pos");
  function stops() {
    /* one stop per change the headline counts, in the order they were numbered (c1, c2 …);
       a stop hidden by "only changed" is revealed when reached */
    return toArray(doc.querySelectorAll(".stop")).sort(function (x, y) {
      return parseInt(x.id.slice(1), 10) - parseInt(y.id.slice(1), 10);
    });
  }
  function go(step) {
    var list = stops();
    if (!list.length) { return; }
    var old = doc.querySelector(".stop.current");
    var index = old ? list.indexOf(old) : -1;
    if (index < 0) { index = step > 0 ? -1 : list.length; }
    index = Math.max(0, Math.min(list.length - 1, index + step));
    if (old) { removeClass(old, "current"); }
    addClass(list[index], "current");
    current = index;
    reveal(list[index]);
    if (navPos) { navPos.textContent = "第 " + (index + 1) + " / " + list.length + " 处"; }
  }
  doc.addEventListener("keydown", function (event) {
    var target = event.target || {};
    var tag = (target.tagName || "").toLowerCase();
    if (event.ctrlKey || event.metaKey || event.altKey || tag === "input" || tag === "select" || tag === "textarea") { return; }
    var key = event.key || String.fromCharCode(event.keyCode || 0).toLowerCase();
    if (key === "n" || key === "N") { go(1); event.preventDefault(); }
    else if (key === "p" || key === "P") { go(-1); event.preventDefault(); }
  });
  var next = doc.getElementById("next-change");
  var prev = doc.getElementById("prev-change");
  if (next) { next.addEventListener("click", function () { go(1); }); }
  if (prev) { prev.addEventListener("click", function () { go(-1); }); }

  /* --- ledger: click a row to reach its sentence --- */
  function flash(id) {
    var el = doc.getElementById(id);
    if (!el) { return; }
    toArray(doc.querySelectorAll(".cite.flash")).forEach(function (f) { removeClass(f, "flash"); });
    addClass(el, "flash");
    reveal(el);
  }
  var table = doc.getElementById("ledger-table");
  if (table) {
    table.addEventListener("click", function (event) {
      var el = event.target;
      while (el && el !== table && (el.tagName || "").toLowerCase() !== "tr") {
        if ((el.tagName || "").toLowerCase() === "a") {
          var href = el.getAttribute("href") || "";
          if (href.charAt(0) === "#") { event.preventDefault(); flash(href.slice(1)); }
          return;
        }
        el = el.parentNode;
      }
      if (el && el !== table && el.getAttribute("data-go")) { flash(el.getAttribute("data-go")); }
    });
  }

  /* --- ledger: filter by status --- */
  var select = doc.getElementById("status-filter");
  var chips = toArray(doc.querySelectorAll(".chip[data-filter]"));
  function filter(status) {
    if (!table) { return; }
    toArray(table.tBodies[0].rows).forEach(function (row) {
      row.style.display = !status || row.getAttribute("data-status") === status ? "" : "none";
    });
    if (select) { select.value = status; }
    chips.forEach(function (chip) {
      if (status && chip.getAttribute("data-filter") === status) { addClass(chip, "active"); } else { removeClass(chip, "active"); }
    });
  }
  if (select) { select.addEventListener("change", function () { filter(select.value); }); }
  chips.forEach(function (chip) {
    chip.addEventListener("click", function () {
      var status = chip.getAttribute("data-filter");
      filter(select && select.value === status ? "" : status);
      var ledger = doc.getElementById("ledger");
      if (ledger && ledger.scrollIntoView) { ledger.scrollIntoView(); }
    });
  });

  /* --- ledger: sort by a column --- */
  var keys = { n: "data-n", indicator: "data-indicator", completion: "data-completion", status: "data-status-rank" };
  if (table) {
    toArray(table.tHead.querySelectorAll("button[data-sort]")).forEach(function (button) {
      button.addEventListener("click", function () {
        var attr = keys[button.getAttribute("data-sort")];
        var numeric = button.getAttribute("data-type") === "num";
        var descending = hasClass(button, "asc");
        toArray(table.tHead.querySelectorAll("button[data-sort]")).forEach(function (b) { removeClass(b, "asc"); removeClass(b, "desc"); });
        addClass(button, descending ? "desc" : "asc");
        var body = table.tBodies[0];
        var rows = toArray(body.rows);
        rows.sort(function (x, y) {
          var a = x.getAttribute(attr), b = y.getAttribute(attr), result;
          if (numeric) {
            if (a === "" && b === "") { result = 0; }
            else if (a === "") { return 1; }
            else if (b === "") { return -1; }
            else { result = parseFloat(a) - parseFloat(b); }
          } else {
            result = a.localeCompare ? a.localeCompare(b, "zh-CN") : (a < b ? -1 : a > b ? 1 : 0);
          }
          if (result === 0) { result = parseFloat(x.getAttribute("data-n")) - parseFloat(y.getAttribute("data-n")); return result; }
          return descending ? -result : result;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
})();
