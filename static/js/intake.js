// "Swap parties" on the intake review screen: one click puts each party of a candidate on
// the other side (licensor <-> licensee, acquirer <-> target) without reloading the page.
// Without JavaScript the button submits and the server swaps (deals/intake/views.py).
(function () {
  "use strict";
  var swapped = {
    licensor: "licensee", licensee: "licensor", acquirer: "target", target: "acquirer",
    investor: "partner"
  };
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-swap]") : null;
    if (!button) { return; }
    event.preventDefault();
    var prefix = button.getAttribute("data-swap");
    var selects = document.querySelectorAll("select[name^='" + prefix + "-party-'][name$='-role']");
    selects.forEach(function (select) {
      var other = swapped[select.value];
      if (other) { select.value = other; }
    });
    button.setAttribute("aria-pressed", button.getAttribute("aria-pressed") === "true" ? "false" : "true");
  });
})();
