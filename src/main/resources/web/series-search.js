// SPDX-License-Identifier: Apache-2.0
// The series search: a plain script (no modules, no fetch), so that it works from file:// as from any host.
// search/volumes.js names the searchable volumes and the term shards there are. A query loads the shard of
// each of its words (search/KEY.js, KEY the word's first two characters as hexadecimal code points), which
// says which volumes hold the word; then the search indexes of only the volumes that hold every word, each
// the volume's own search-index.js, one after the other (each sets window.teiEditionSearch). MiniSearch ranks
// the pages of each volume as the volume's own search does. Text only ever becomes text nodes, never markup.
(function () {
  "use strict";
  var series = window.teiSeries;
  var form = document.getElementById("series-search");
  if (!series || !form || typeof MiniSearch === "undefined") {
    return;
  }
  var status = document.getElementById("status");
  var hits = document.getElementById("hits");
  var BETWEEN = /[\n\r\p{Z}\p{P}]+/u; // as MiniSearch cuts text into terms
  var SHOWN = 20; // results drawn per volume; a link leads to the rest in the volume's own search
  var shardKeys = {};
  series.shards.forEach(function (key) {
    shardKeys[key] = true;
  });
  var scripts = {};
  var indexes = {};
  var queue = Promise.resolve();
  var current = 0;

  function load(src) {
    if (!scripts[src]) {
      scripts[src] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = resolve;
        script.onerror = function () {
          reject(new Error("cannot load " + src));
        };
        document.head.appendChild(script);
      });
    }
    return scripts[src];
  }

  function shardKey(term) {
    return Array.from(term).slice(0, 2).map(function (c) {
      return c.codePointAt(0).toString(16);
    }).join("-");
  }

  // A volume's index, loaded once: the volumes' indexes all set the same global, so one loads at a time.
  function volumeIndex(v) {
    if (!indexes[v]) {
      indexes[v] = queue = queue.then(function () {
        window.teiEditionSearch = undefined;
        return load(series.volumes[v].index);
      }).then(function () {
        var data = window.teiEditionSearch;
        var people = data.people || {};
        data.pages.forEach(function (page, i) {
          page.id = i;
        });
        var index = new MiniSearch({
          fields: ["title", "text", "names"],
          storeFields: [],
          extractField: function (page, field) {
            if (field === "title") {
              return data.documents[page.d].title;
            }
            if (field === "names") {
              return (page.people || []).map(function (key) {
                return people[key] ? people[key].name + " · " + people[key].names : "";
              }).join(" · ");
            }
            return page[field];
          },
          searchOptions: { combineWith: "AND", boost: { title: 2, names: 0.5 } }
        });
        index.addAll(data.pages);
        return { data: data, index: index };
      });
    }
    return indexes[v];
  }

  function element(name, text, className) {
    var made = document.createElement(name);
    if (text) {
      made.textContent = text;
    }
    if (className) {
      made.className = className;
    }
    return made;
  }

  function draw(typed, volumes, loaded) {
    hits.textContent = "";
    var pages = 0;
    var found = 0;
    volumes.forEach(function (v, i) {
      var volume = series.volumes[v];
      var data = loaded[i].data;
      var results = loaded[i].index.search(typed);
      if (!results.length) {
        return;
      }
      found++;
      pages += results.length;
      var section = element("section", "", "hits-volume");
      section.setAttribute("data-volume", volume.name);
      section.appendChild(element("h3", volume.title + " (" + results.length + (results.length === 1 ? " page)" : " pages)")));
      var list = element("ol");
      results.slice(0, SHOWN).forEach(function (result) {
        var page = data.pages[result.id];
        var doc = data.documents[page.d];
        var link = element("a", doc.title + ", page " + page.page);
        link.href = volume.name + "/html/" + doc.href + "#" + page.anchor;
        var item = element("li");
        item.appendChild(link);
        list.appendChild(item);
      });
      section.appendChild(list);
      if (results.length > SHOWN) {
        var rest = element("a", "All " + results.length + " pages in this volume");
        rest.href = volume.name + "/html/search.html?q=" + encodeURIComponent(typed);
        var more = element("p");
        more.appendChild(rest);
        section.appendChild(more);
      }
      hits.appendChild(section);
    });
    status.textContent = found ? pages + (pages === 1 ? " page" : " pages") + " in " + found
      + (found === 1 ? " volume" : " volumes") : "No page of the series holds every word.";
  }

  function run(typed) {
    var query = ++current;
    var words = typed.split(BETWEEN).filter(Boolean).map(function (word) {
      return word.toLowerCase();
    });
    hits.textContent = "";
    if (!words.length) {
      status.textContent = "";
      return;
    }
    status.textContent = "Searching…";
    performance.mark("series-query");
    var keys = words.map(shardKey).filter(function (key, i, all) {
      return shardKeys[key] && all.indexOf(key) === i;
    });
    Promise.all(keys.map(function (key) {
      return load("search/" + key + ".js");
    })).then(function () {
      var volumes = null;
      words.forEach(function (word) {
        var shard = window.teiSeriesShards[shardKey(word)] || {};
        var holding = Object.prototype.hasOwnProperty.call(shard, word) ? shard[word] : [];
        volumes = volumes === null ? holding : volumes.filter(function (v) {
          return holding.indexOf(v) >= 0;
        });
      });
      return Promise.all(volumes.map(volumeIndex)).then(function (loaded) {
        if (query === current) {
          draw(typed, volumes, loaded);
          performance.mark("series-results");
        }
      });
    }).catch(function (error) {
      if (query === current) {
        status.textContent = "The search could not load its index: " + error.message;
      }
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var typed = form.elements.q.value.trim();
    try {
      history.replaceState(null, "", typed ? "?q=" + encodeURIComponent(typed) : location.pathname);
    } catch (refused) {
      // some browsers keep a page read from file:// from changing its address: the search runs all the same
    }
    run(typed);
  });
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) {
    form.elements.q.value = asked;
    run(asked.trim());
  }
}());
