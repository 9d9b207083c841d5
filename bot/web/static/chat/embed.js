// Embeds the Integriteitsassistent in an intranet page with one tag:
//   <script src="https://<host>/embed.js" defer></script>
// A button at the bottom right opens the chat in an iframe served by the same host.
"use strict";

(function () {
  const bron = new URL(document.currentScript.src);
  const paginaUrl = new URL("/", bron).href;
  let venster = null;

  const knop = document.createElement("button");
  knop.type = "button";
  knop.textContent = "Integriteitsassistent";
  knop.setAttribute("aria-expanded", "false");
  Object.assign(knop.style, {
    position: "fixed", right: "16px", bottom: "16px", zIndex: "2147483000",
    font: "16px system-ui, sans-serif", padding: "10px 16px", borderRadius: "24px",
    border: "2px solid #fff", background: "#0b4f8a", color: "#fff", cursor: "pointer",
  });

  knop.addEventListener("click", function () {
    if (!venster) {
      venster = document.createElement("iframe");
      venster.src = paginaUrl;
      venster.title = "Integriteitsassistent";
      Object.assign(venster.style, {
        position: "fixed", right: "16px", bottom: "72px", zIndex: "2147483000",
        width: "min(380px, calc(100vw - 32px))", height: "min(600px, calc(100vh - 96px))",
        border: "1px solid #6b7280", borderRadius: "12px", background: "#fff",
      });
      document.body.appendChild(venster);
    } else {
      venster.hidden = !venster.hidden;
    }
    const open = !venster.hidden;
    knop.setAttribute("aria-expanded", String(open));
    if (open) venster.focus();
  });

  document.body.appendChild(knop);
})();
