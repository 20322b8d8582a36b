// Progressive touches only: every page works without this file.
(function () {
  "use strict";
  // On a phone the filter form would push the results below the fold; fold it away when no
  // filter is active. Without JavaScript it simply stays open.
  function foldFilters(root) {
    var panel = root.querySelector(".filter-panel, .filter-bar");
    if (!panel || !window.matchMedia("(max-width: 640px)").matches) return;
    if (!panel.dataset.active) panel.open = false;
  }
  document.addEventListener("DOMContentLoaded", function () { foldFilters(document); });
})();
