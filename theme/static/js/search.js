// Site search with Pagefind: an enhancement. Without JavaScript the page says where else to
// look (topics, archive); with it, results appear under the form. Everything is same-origin.
// Its words are the form's data-* attributes, in the site's language (search.html).
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;
  var input = form.elements.q;
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var pagefind = null;

  // The form's data-<name> text, "{count}" and "{query}" filled in.
  function say(name, count, query) {
    return (form.getAttribute("data-" + name) || "")
      .split("{count}").join(String(count)).split("{query}").join(query || "");
  }

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
    var name = results.length === 1 ? "found-one" : results.length ? "found-many" : "found-none";
    status.textContent = say(name, results.length, query);
  }

  function run(query) {
    query = query.trim();
    if (!query) return;
    status.textContent = say("searching");
    load().then(function (api) {
      return api.search(query);
    }).then(function (search) {
      return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }));
    }).then(function (results) {
      show(results, query);
    }).catch(function () {
      status.textContent = say("unavailable");
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
