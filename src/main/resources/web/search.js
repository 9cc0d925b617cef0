// SPDX-License-Identifier: Apache-2.0
// The web edition's search: a plain script (no modules, no fetch), so that it works from file:// as from
// any host. The index, window.teiEditionSearch, comes from search-index.js, written when the edition was
// published: one record per printed page of each document. MiniSearch (assets/minisearch.js) ranks them.
(function () {
  "use strict";
  var data = window.teiEditionSearch;
  var form = document.getElementById("search-form");
  if (!data || !form || typeof MiniSearch === "undefined") {
    return;
  }
  var status = document.getElementById("status");
  var hits = document.getElementById("hits");
  var fields = ["q", "from", "to", "chapter"];

  var index = new MiniSearch({
    fields: ["title", "text"],
    storeFields: ["n", "title", "date", "chapter", "page", "href"],
    searchOptions: {
      combineWith: "AND",
      boost: { title: 2 }
    }
  });
  index.addAll(data.pages);

  function value(name) {
    var field = form.elements[name];
    return field ? field.value.trim() : "";
  }

  function displayDate(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!parts) {
      return iso || "";
    }
    var months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"];
    return months[Number(parts[2]) - 1] + " " + Number(parts[3]) + ", " + parts[1];
  }

  function query(words) {
    var exact = [];
    var prefixes = [];
    words.split(/\s+/).forEach(function (word) {
      if (/\*$/.test(word) && word.length > 1) {
        prefixes.push(word.slice(0, -1));
      } else if (word) {
        exact.push(word);
      }
    });
    var parts = [];
    if (exact.length) {
      parts.push({ queries: [exact.join(" ")], combineWith: "AND" });
    }
    prefixes.forEach(function (p) {
      parts.push({ queries: [p], prefix: true });
    });
    return parts.length === 1 ? parts[0] : { queries: parts, combineWith: "AND" };
  }

  function run() {
    var words = value("q");
    var from = value("from");
    var to = value("to");
    var chapter = value("chapter");
    hits.textContent = "";
    if (!words) {
      status.textContent = "Type one or more words and press Enter.";
      return;
    }
    var found = index.search(query(words), {
      filter: function (r) {
        var date = r.date || "";
        return (!from || (date && date >= from)) && (!to || (date && date <= to)) && (!chapter || r.chapter === chapter);
      }
    });
    // in the volume's order: document by document, page by page
    found.sort(function (a, b) { return a.id - b.id; });
    var documents = {};
    found.forEach(function (r) {
      documents[r.href.split("#")[0]] = true;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = r.href;
      link.textContent = (r.n ? r.n + ". " : "") + r.title;
      item.appendChild(link);
      var about = [];
      if (r.date) {
        about.push(displayDate(r.date));
      }
      if (r.page) {
        about.push("p. " + r.page);
      }
      if (about.length) {
        var meta = document.createElement("span");
        meta.className = "hit-meta";
        meta.textContent = " · " + about.join(" · ");
        item.appendChild(meta);
      }
      hits.appendChild(item);
    });
    var count = Object.keys(documents).length;
    status.textContent = found.length === 0 ? "No page holds " + (words.indexOf(" ") > 0 ? "all of these words." : "this word.")
      : found.length + (found.length === 1 ? " page" : " pages") + " in " + count + (count === 1 ? " document." : " documents.");
  }

  function fromAddress() {
    var params = new URLSearchParams(window.location.search);
    fields.forEach(function (name) {
      if (form.elements[name] && params.has(name)) {
        form.elements[name].value = params.get(name);
      }
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var params = new URLSearchParams();
    fields.forEach(function (name) {
      if (value(name)) {
        params.set(name, value(name));
      }
    });
    try {
      // the address of the search, to share or bookmark it
      window.history.replaceState(null, "", "?" + params.toString());
    } catch (e) {
      // some browsers refuse it for file:// pages; the search still runs
    }
    run();
  });

  fromAddress();
  if (value("q")) {
    run();
  }
})();
