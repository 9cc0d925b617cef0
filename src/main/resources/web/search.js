// SPDX-License-Identifier: Apache-2.0
// The web edition's search: a plain script (no modules, no fetch), so that it works from file:// as from
// any host. The index, window.teiEditionSearch, comes from search-index.js, written when the edition was
// published: the documents, the people the text names (each with every name the text gives them) and one
// record per printed page. MiniSearch (assets/minisearch.js) ranks the pages; the snippets come from the
// pages' words, which the index holds anyway. Page text only ever becomes text nodes, never markup.
(function () {
  "use strict";
  var data = window.teiEditionSearch;
  var form = document.getElementById("search-form");
  if (!data || !form || typeof MiniSearch === "undefined") {
    return;
  }
  var status = document.getElementById("status");
  var hits = document.getElementById("hits");
  var documents = data.documents;
  var chapters = data.chapters || [];
  var people = data.people || {};
  var facets = ["chapter", "year", "person"];
  var fields = ["q", "from", "to"].concat(facets);
  var shown = 100; // results drawn at first; a button draws the rest
  var WORD = "\\p{L}\\p{N}";
  var BETWEEN = "[\\s\\p{Z}\\p{P}\\p{S}]+";

  data.pages.forEach(function (page, i) {
    page.id = i;
  });

  // the names of the people a page names: their name in the register and every name the text gives them
  function names(page) {
    return (page.people || []).map(function (key) {
      var person = people[key];
      return person ? person.name + " · " + person.names : "";
    }).join(" · ");
  }

  var index = new MiniSearch({
    fields: ["title", "text", "names"],
    storeFields: [],
    extractField: function (page, field) {
      if (field === "title") {
        return documents[page.d].title;
      }
      return field === "names" ? names(page) : page[field];
    },
    searchOptions: {
      combineWith: "AND",
      boost: { title: 2, names: 0.5 }
    }
  });
  index.addAll(data.pages);

  // the values a page has under a facet
  function facetValues(page, name) {
    var doc = documents[page.d];
    if (name === "chapter") {
      return doc.chapter === undefined ? [] : [chapters[doc.chapter]];
    }
    if (name === "year") {
      return doc.date ? [doc.date.slice(0, 4)] : [];
    }
    return page.people || [];
  }

  // each facet's values as the page lists them, before any count is added
  var options = {};
  facets.forEach(function (name) {
    var select = form.elements[name];
    if (select) {
      options[name] = Array.prototype.map.call(select.options, function (option) {
        return { value: option.value, label: option.textContent };
      });
    }
  });

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

  function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  function words(text) {
    return text.split(/[\s\p{Z}\p{P}]+/u).filter(Boolean);
  }

  // A pattern that finds any of the alternatives as whole words.
  function pattern(alternatives) {
    return new RegExp("(?<![" + WORD + "])(?:" + alternatives.join("|") + ")(?![" + WORD + "])", "giu");
  }

  // The words typed: "phrases in quotes", words ending in * (prefixes) and plain words.
  function parse(typed) {
    var parsed = { words: [], prefixes: [], phrases: [], loose: {} };
    var rest = typed.replace(/["“”]([^"“”]*)["“”]?/g, function (match, phrase) {
      var sequence = words(phrase);
      parsed.words = parsed.words.concat(sequence);
      if (sequence.length > 1) {
        parsed.phrases.push(sequence);
      } else if (sequence.length) {
        parsed.loose[sequence[0].toLowerCase()] = true;
      }
      return " ";
    });
    rest.split(/\s+/).forEach(function (word) {
      if (/\*$/.test(word) && word.length > 1) {
        parsed.prefixes.push(word.slice(0, -1));
      } else if (word) {
        parsed.words.push(word);
        words(word).forEach(function (w) {
          parsed.loose[w.toLowerCase()] = true;
        });
      }
    });
    return parsed;
  }

  function query(parsed) {
    var parts = [];
    if (parsed.words.length) {
      parts.push({ queries: [parsed.words.join(" ")], combineWith: "AND" });
    }
    parsed.prefixes.forEach(function (p) {
      parts.push({ queries: [p], prefix: true });
    });
    return parts.length === 1 ? parts[0] : { queries: parts, combineWith: "AND" };
  }

  // The patterns of the phrases: their words in that order, with only spaces and punctuation between.
  function phrasePatterns(parsed) {
    return parsed.phrases.map(function (sequence) {
      return sequence.map(escape).join(BETWEEN);
    });
  }

  function matchesFilters(page, filters, except) {
    var doc = documents[page.d];
    var date = doc.date || "";
    if ((filters.from && !(date && date >= filters.from)) || (filters.to && !(date && date <= filters.to))) {
      return false;
    }
    return facets.every(function (name) {
      return name === except || !filters[name] || facetValues(page, name).indexOf(filters[name]) >= 0;
    });
  }

  // Each facet's values, counted over the pages found that the other filters keep: each page once under
  // each of its values, or (byDocument) each document once.
  function updateFacets(found, filters, byDocument) {
    facets.forEach(function (name) {
      var select = form.elements[name];
      if (!select) {
        return;
      }
      var counts = {};
      var counted = {};
      found.forEach(function (page) {
        if (matchesFilters(page, filters, name)) {
          facetValues(page, name).concat([""]).forEach(function (v) { // "": the total, under "All …"
            var key = v + "\n" + (byDocument ? page.d : page.id);
            if (!counted[key]) {
              counted[key] = true;
              counts[v] = (counts[v] || 0) + 1;
            }
          });
        }
      });
      var current = select.value;
      select.textContent = "";
      options[name].forEach(function (o) {
        var count = counts[o.value] || 0;
        if (o.value && !count && o.value !== current) {
          return;
        }
        var option = document.createElement("option");
        option.value = o.value;
        option.textContent = o.label + " (" + count + ")";
        select.appendChild(option);
      });
      select.value = current;
    });
  }

  // Text into an element as text nodes, with each part that marks finds in a mark element.
  function appendMarked(element, text, marks) {
    var at = 0;
    text.replace(marks, function (match, offset) {
      if (!match) {
        return match;
      }
      element.appendChild(document.createTextNode(text.slice(at, offset)));
      var mark = document.createElement("mark");
      mark.textContent = match;
      element.appendChild(mark);
      at = offset + match.length;
      return match;
    });
    element.appendChild(document.createTextNode(text.slice(at)));
  }

  // "… the words around the first hit, with every hit marked …".
  function snippet(text, marks) {
    var container = document.createElement("p");
    container.className = "hit-text";
    var first = marks.exec(text);
    marks.lastIndex = 0;
    var start = first ? Math.max(0, first.index - 80) : 0;
    if (start > 0) {
      start = text.indexOf(" ", start) + 1 || start;
    }
    var end = Math.min(text.length, start + 260);
    if (end < text.length) {
      end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
    }
    appendMarked(container, (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : ""), marks);
    return container;
  }

  // What to mark in a page: the words found, the phrases, and the names the text gives a person found by another.
  function marksFor(page, result, parsed) {
    var inPhrases = {};
    parsed.phrases.forEach(function (sequence) {
      sequence.forEach(function (word) {
        inPhrases[word.toLowerCase()] = true;
      });
    });
    // a word typed only in a phrase is marked only there
    var alternatives = phrasePatterns(parsed).concat(result.terms.filter(function (term) {
      return !inPhrases[term] || parsed.loose[term];
    }).map(escape));
    var found = pattern(alternatives);
    (page.people || []).forEach(function (key) {
      var person = people[key];
      found.lastIndex = 0;
      if (person && found.test(person.name + " · " + person.names)) {
        person.names.split(" · ").map(words).filter(function (sequence) {
          return sequence.length > 0;
        }).forEach(function (sequence) {
          alternatives.push(sequence.map(escape).join(BETWEEN));
        });
      }
    });
    alternatives.sort(function (a, b) {
      return b.length - a.length;
    });
    return pattern(alternatives);
  }

  function hit(page, result, parsed) {
    var doc = documents[page.d];
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = doc.href + (page.anchor ? "#" + page.anchor : "");
    var marks = parsed ? marksFor(page, result, parsed) : /(?!)/g; // browsing: nothing to mark
    appendMarked(link, (doc.n ? doc.n + ". " : "") + doc.title, marks);
    item.appendChild(link);
    var about = [];
    if (doc.date) {
      about.push(displayDate(doc.date));
    }
    if (page.page) {
      about.push("p. " + page.page);
    }
    if (about.length) {
      var meta = document.createElement("span");
      meta.className = "hit-meta";
      meta.textContent = " · " + about.join(" · ");
      item.appendChild(meta);
    }
    item.appendChild(snippet(page.text, marks));
    return item;
  }

  function draw(results, from, to, parsed) {
    for (var i = from; i < Math.min(to, results.length); i++) {
      hits.appendChild(hit(data.pages[results[i].id], results[i], parsed));
    }
    var more = document.getElementById("more");
    if (more) {
      more.remove();
    }
    if (to < results.length) {
      more = document.createElement("button");
      more.type = "button";
      more.id = "more";
      more.textContent = "Show all " + results.length + " results";
      more.addEventListener("click", function () {
        var next = hits.children.length;
        draw(results, next, results.length, parsed);
        var link = hits.children[next] && hits.children[next].querySelector("a");
        if (link) {
          link.focus();
        }
      });
      hits.parentNode.appendChild(more);
    }
  }

  function run() {
    var typed = value("q");
    var filters = {};
    fields.forEach(function (name) {
      filters[name] = value(name);
    });
    hits.textContent = "";
    draw([], 0, 0, null);
    if (!typed) {
      browse(filters);
      return;
    }
    var parsed = parse(typed);
    var phrases = phrasePatterns(parsed);
    var inPhrase = phrases.map(function (p) {
      return pattern([p]);
    });
    var matched = index.search(query(parsed)).filter(function (result) {
      var page = data.pages[result.id];
      return inPhrase.every(function (p) {
        p.lastIndex = 0;
        var inText = p.test(page.text);
        p.lastIndex = 0;
        return inText || p.test(documents[page.d].title);
      });
    });
    // words typed without quotes count twice where the page holds them together, in the order typed
    if (!phrases.length && parsed.words.length > 1) {
      var together = pattern([parsed.words.map(escape).join(BETWEEN)]);
      matched.forEach(function (result) {
        together.lastIndex = 0;
        if (together.test(data.pages[result.id].text)) {
          result.score *= 2;
        }
      });
    }
    // the best first; pages that score alike in the volume's order
    matched.sort(function (a, b) {
      return b.score - a.score || a.id - b.id;
    });
    updateFacets(matched.map(function (r) {
      return data.pages[r.id];
    }), filters);
    var results = matched.filter(function (r) {
      return matchesFilters(data.pages[r.id], filters);
    });
    draw(results, 0, shown, parsed);
    var inDocuments = {};
    results.forEach(function (r) {
      inDocuments[data.pages[r.id].d] = true;
    });
    var count = Object.keys(inDocuments).length;
    status.textContent = results.length === 0
      ? "No results: no page holds " + (parsed.words.length + parsed.prefixes.length > 1 ? "all of these words" : "this word")
        + (matched.length ? " with these filters." : ".")
      : results.length + (results.length === 1 ? " result" : " results") + " in " + count
        + (count === 1 ? " document." : " documents.");
    resultsDrawn();
  }

  function resultsDrawn() {
    if (window.performance && performance.mark) {
      performance.mark("search-results");
    }
  }

  // Without words: the facets count the documents, and the documents that the chosen filters keep are
  // listed in the volume's order, each linked to its first page that they keep.
  function browse(filters) {
    updateFacets(data.pages, filters, true);
    var chosen = ["from", "to"].concat(facets).some(function (name) {
      return filters[name];
    });
    if (!chosen) {
      status.textContent = "Type one or more words and press Enter, or choose a chapter, year or person to list its documents.";
      resultsDrawn(); // the facets' counts are what there is to show
      return;
    }
    var listed = {};
    var results = [];
    data.pages.forEach(function (page) {
      if (!listed[page.d] && matchesFilters(page, filters)) {
        listed[page.d] = true;
        results.push({ id: page.id });
      }
    });
    draw(results, 0, shown, null);
    status.textContent = results.length === 0 ? "No document with these filters."
      : results.length + (results.length === 1 ? " document." : " documents.");
    resultsDrawn();
  }

  function fromAddress() {
    var params = new URLSearchParams(window.location.search);
    fields.forEach(function (name) {
      if (form.elements[name] && params.has(name)) {
        form.elements[name].value = params.get(name);
      }
    });
  }

  function search() {
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
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search();
  });
  ["from", "to"].concat(facets).forEach(function (name) {
    if (form.elements[name]) {
      form.elements[name].addEventListener("change", search);
    }
  });

  fromAddress();
  // a value in the address that the page's list lacks: kept, so that the search says it finds nothing
  facets.forEach(function (name) {
    var select = form.elements[name];
    var wanted = new URLSearchParams(window.location.search).get(name);
    if (select && wanted && select.value !== wanted) {
      options[name].push({ value: wanted, label: wanted });
      var option = document.createElement("option");
      option.value = wanted;
      option.textContent = wanted;
      select.appendChild(option);
      select.value = wanted;
    }
  });
  run();
})();
