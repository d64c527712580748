/* Bountyboard's own script (the site runs without it; CSP allows no inline script, so all of it is here).
   - Live countdown: <time data-countdown datetime="ISO"> shows the time left, every second.
   - Image viewer: <a data-viewer href="full.png"> opens the image full size in a modal dialog;
     Escape, the close button or a click outside closes it. Without JavaScript the link opens the image.
   - Busy forms: <form data-busy> shows its .busy-indicator while a long request runs. */
(function () {
  "use strict";

  function two(n) { return n < 10 ? "0" + n : String(n); }

  function tick(el) {
    var end = Date.parse(el.getAttribute("datetime"));
    if (isNaN(end)) { return; }
    var left = Math.floor((end - Date.now()) / 1000);
    if (left <= 0) {
      el.textContent = el.getAttribute("data-ended") || document.documentElement.getAttribute("data-ended") || "0";
      el.setAttribute("data-done", "true");
      return;
    }
    var days = Math.floor(left / 86400);
    var rest = left % 86400;
    var clock = two(Math.floor(rest / 3600)) + ":" + two(Math.floor((rest % 3600) / 60)) + ":" + two(rest % 60);
    var dayLabel = el.getAttribute("data-day") || "d";
    el.textContent = (days > 0 ? days + " " + dayLabel + " " : "") + clock;
  }

  function startCountdowns(root) {
    var clocks = root.querySelectorAll("time[data-countdown]");
    if (!clocks.length) { return; }
    clocks.forEach(tick);
    window.setInterval(function () { clocks.forEach(tick); }, 1000);
  }

  var dialog = null;
  function viewer() {
    if (dialog) { return dialog; }
    dialog = document.createElement("dialog");
    dialog.className = "viewer";
    dialog.setAttribute("data-testid", "image-viewer");
    var close = document.createElement("button");
    close.type = "button";
    close.className = "viewer-close";
    close.textContent = document.documentElement.getAttribute("data-close-label") || "Close";
    close.addEventListener("click", function () { dialog.close(); });
    var img = document.createElement("img");
    img.alt = "";
    dialog.appendChild(close);
    dialog.appendChild(img);
    dialog.addEventListener("click", function (event) { if (event.target === dialog) { dialog.close(); } });
    document.body.appendChild(dialog);
    return dialog;
  }

  function openViewer(link) {
    var box = viewer();
    var img = box.querySelector("img");
    var thumb = link.querySelector("img");
    img.src = link.getAttribute("href");
    img.alt = thumb ? thumb.alt : "";
    box.showModal();
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-viewer]") : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    event.preventDefault();
    openViewer(link);
  });

  // Long steps that run in the request (likeness registration, verification): once sent, the form
  // shows its moving progress bar and its buttons wait, so nobody sends it twice.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-busy]")) { return; }
    form.classList.add("is-busy");
    window.setTimeout(function () {  // after the browser took the clicked button's value
      form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
    }, 0);
  });

  document.addEventListener("DOMContentLoaded", function () { startCountdowns(document); });
})();
