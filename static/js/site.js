// Progressive touches only: every page works without this file.
(function () {
  "use strict";
  // On a phone the filter form would push the results below the fold; fold it behind its
  // "Filters (n)" summary, active filters or not (their chips stay above the results), unless a
  // filter needs fixing. Without JavaScript it simply stays open.
  function foldFilters(root) {
    var panel = root.querySelector(".filter-panel, .filter-bar");
    if (!panel || !window.matchMedia("(max-width: 640px)").matches) return;
    if (!panel.dataset.errors) panel.open = false;
  }

  // Company boxes (deals/filters.py CompanyPicker): without scripts the reader types a slug or
  // an exact name into the parameter itself. Here the parameter becomes a hidden input that
  // holds the picked company's slug, and a visible combobox (WAI-ARIA 1.2 pattern) shows the
  // company's name and suggests companies as the reader types, from /deals/suggest/companies/.
  var pickerCount = 0;

  function enhancePicker(original) {
    if (original.dataset.suggestReady) return;
    original.dataset.suggestReady = "1";
    var id = original.id || "company-picker-" + (++pickerCount);
    var listId = id + "-suggestions";
    var box = document.createElement("input");
    box.type = "text";
    box.id = id; // the <label for> now names the visible box
    box.className = original.className;
    box.placeholder = original.placeholder;
    box.autocomplete = "off";
    box.spellcheck = false;
    box.value = original.dataset.suggestLabel || original.value;
    box.setAttribute("role", "combobox");
    box.setAttribute("aria-autocomplete", "list");
    box.setAttribute("aria-expanded", "false");
    box.setAttribute("aria-controls", listId);
    var described = original.getAttribute("aria-describedby");
    if (described) box.setAttribute("aria-describedby", described);
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "suggest-list";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    var wrap = document.createElement("div");
    wrap.className = "suggest";
    original.id = id + "-value";
    original.type = "hidden";
    original.parentNode.insertBefore(wrap, original);
    wrap.appendChild(box);
    wrap.appendChild(list);
    wrap.appendChild(original);

    var shown = box.value; // what the box says for the current parameter value
    var options = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    function close() {
      list.hidden = true;
      box.setAttribute("aria-expanded", "false");
      box.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function setValue(value, text) {
      var changed = original.value !== value;
      original.value = value;
      box.value = text;
      shown = text;
      close();
      // htmx reloads the results on a change of the form (hx-trigger="change").
      if (changed) original.dispatchEvent(new Event("change", { bubbles: true }));
    }

    function highlight(index) {
      options.forEach(function (item, i) {
        item.el.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) {
        box.setAttribute("aria-activedescendant", options[index].el.id);
        options[index].el.scrollIntoView({ block: "nearest" });
      } else {
        box.removeAttribute("aria-activedescendant");
      }
    }

    function render(results) {
      list.textContent = "";
      options = [];
      active = -1;
      if (!results.length) {
        var none = document.createElement("li");
        none.className = "suggest-none";
        none.textContent = "No company with deals by that name";
        list.appendChild(none);
      }
      results.forEach(function (company, i) {
        var item = document.createElement("li");
        item.id = listId + "-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        var name = document.createElement("span");
        name.className = "suggest-name";
        name.textContent = company.name;
        var meta = document.createElement("span");
        meta.className = "suggest-meta";
        var bits = [];
        if (company.country) bits.push(company.country);
        if (company.alias) bits.push("also “" + company.alias + "”");
        bits.push(company.deals + (company.deals === 1 ? " deal" : " deals"));
        meta.textContent = bits.join(" · ");
        item.appendChild(name);
        item.appendChild(meta);
        // mousedown, not click: it comes before the box loses focus and closes the list.
        item.addEventListener("mousedown", function (event) {
          event.preventDefault();
          setValue(company.slug, company.name);
        });
        list.appendChild(item);
        options.push({ el: item, company: company });
      });
      list.hidden = false;
      box.setAttribute("aria-expanded", "true");
    }

    function ask() {
      var text = box.value.trim();
      if (text.length < 2) {
        close();
        return;
      }
      var mine = ++asked;
      var url = original.dataset.suggestUrl;
      url += (url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(text);
      fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) {
          // Only the answer to the latest keystroke; an earlier, slower one is dropped.
          if (mine === asked && document.activeElement === box) render(data.results || []);
        })
        .catch(function () { close(); });
    }

    box.addEventListener("input", function () {
      clearTimeout(timer);
      if (!box.value.trim()) {
        setValue("", "");
        return;
      }
      timer = setTimeout(ask, 150);
    });
    // The box itself is no parameter: typing must not reload the results before a pick.
    box.addEventListener("change", function (event) { event.stopPropagation(); });
    box.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (list.hidden) { ask(); return; }
        if (!options.length) return;
        event.preventDefault();
        var step = event.key === "ArrowDown" ? 1 : -1;
        highlight((active + step + options.length) % options.length);
      } else if (event.key === "Enter" && !list.hidden && active >= 0) {
        event.preventDefault();
        setValue(options[active].company.slug, options[active].company.name);
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    box.addEventListener("blur", close);
    // Typed but not picked: send the text as written; the server takes an exact name or slug
    // and says plainly when it knows no such company.
    if (original.form) {
      original.form.addEventListener("submit", function () {
        var text = box.value.trim();
        if (text !== shown.trim()) original.value = text;
      }, true);
    }
  }

  function enhance(root) {
    var scope = root && root.querySelectorAll ? root : document;
    scope.querySelectorAll("input[data-suggest-url]").forEach(enhancePicker);
  }

  document.addEventListener("DOMContentLoaded", function () {
    foldFilters(document);
    enhance(document);
  });
  // htmx swaps the deal browser in place; its new company boxes need the same treatment.
  document.addEventListener("htmx:load", function (event) { enhance(event.target); });
})();
