// Progressive enhancement of the reader switches: without this file the GET form sets the same cookies.
(function () {
  "use strict";
  var form = document.querySelector(".reader-switch");
  if (!form) { return; }
  var root = document.documentElement;
  var year = 60 * 60 * 24 * 365;

  function setCookie(name, value) {
    document.cookie = name + "=" + value + "; Max-Age=" + year + "; Path=/; SameSite=Lax";
  }

  form.addEventListener("click", function (event) {
    var button = event.target.closest("button[name]");
    if (!button) { return; }
    event.preventDefault();
    if (button.name === "fontSize") {
      root.classList.remove("fs-small", "fs-medium", "fs-large");
      root.classList.add("fs-" + button.value);
      setCookie("pl-font", button.value);
      form.querySelectorAll("button[name=fontSize]").forEach(function (b) {
        b.setAttribute("aria-pressed", String(b === button));
      });
    } else if (button.name === "eyeCare") {
      var on = button.value === "on";
      root.classList.toggle("eye-care", on);
      setCookie("pl-eyecare", on ? "on" : "off");
      button.value = on ? "off" : "on";
      button.setAttribute("aria-pressed", String(on));
    }
  });
}());
