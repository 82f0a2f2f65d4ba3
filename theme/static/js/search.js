// Site search with Pagefind: an enhancement. Without JavaScript the page says where else to
// look (topics, archive); with it, results appear under the form. Everything is same-origin.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;
  var input = form.elements.q;
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var pagefind = null;

  function load() {
    if (!pagefind) {
      var url = new URL(form.getAttribute("data-pagefind"), document.baseURI).href;
      pagefind = import(url).then(function (api) {
        // Result links are made from the site's own path (e.g. /repo/ on GitHub Pages).
        return Promise.resolve(api.options({ baseUrl: form.getAttribute("data-base") || "/" }))
          .then(function () { return api; });
      });
    }
    return pagefind;
  }

  // Pagefind marks matches with <mark>; everything else is shown as text.
  function excerpt(text) {
    var p = document.createElement("p");
    var parts = String(text).split(/<\/?mark>/);
    parts.forEach(function (part, index) {
      var node = document.createTextNode(part.replace(/&lt;/g, "<").replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&"));
      if (index % 2) {
        var mark = document.createElement("mark");
        mark.appendChild(node);
        p.appendChild(mark);
      } else {
        p.appendChild(node);
      }
    });
    return p;
  }

  function show(results, query) {
    list.textContent = "";
    results.forEach(function (data) {
      var item = document.createElement("li");
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = data.url;
      link.textContent = (data.meta && data.meta.title) || data.url;
      heading.appendChild(link);
      item.appendChild(heading);
      item.appendChild(excerpt(data.excerpt || ""));
      list.appendChild(item);
    });
    status.textContent = results.length
      ? results.length + (results.length === 1 ? " note" : " notes") + " found for “" + query + "”."
      : "No notes found for “" + query + "”. Try fewer or different words.";
  }

  function run(query) {
    query = query.trim();
    if (!query) return;
    status.textContent = "Searching…";
    load().then(function (api) {
      return api.search(query);
    }).then(function (search) {
      return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }));
    }).then(function (results) {
      show(results, query);
    }).catch(function () {
      status.textContent = "Search is not available right now. Every note is listed by topic and in the archive.";
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value;
    history.replaceState(null, "", "?q=" + encodeURIComponent(query));
    run(query);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
