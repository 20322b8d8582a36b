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
  document.addEventListener("DOMContentLoaded", function () { foldFilters(document); });
})();
