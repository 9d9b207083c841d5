// The intranet chat. The conversation (a random sender id and the messages) lives in
// sessionStorage: it survives a reload in this browser tab and is gone when the tab closes.
// The opening message comes from the bot: a new conversation starts by sending /greet.
"use strict";

(function () {
  const OPSLAG = "integriteitsassistent";
  const LINK = /(https?:\/\/[^\s<>"')]+[^\s<>"').,;:!?])/;
  const main = document.querySelector(".chat");
  const lijst = document.getElementById("berichten");
  const typt = document.getElementById("typt");
  const formulier = document.getElementById("invoer");
  const veld = document.getElementById("tekst");
  let gesprek = lees() || nieuw();
  let bezig = false;

  function lees() {
    try {
      const opgeslagen = JSON.parse(sessionStorage.getItem(OPSLAG));
      return opgeslagen && opgeslagen.sender && Array.isArray(opgeslagen.berichten) ? opgeslagen : null;
    } catch (e) {
      return null;
    }
  }

  function nieuw() {
    return { sender: crypto.randomUUID(), berichten: [] };
  }

  function bewaar() {
    sessionStorage.setItem(OPSLAG, JSON.stringify(gesprek));
  }

  // text as text nodes, web addresses as links that open in a new tab
  function vul(element, tekst) {
    tekst.split(LINK).forEach(function (deel, i) {
      if (i % 2 === 1) {
        const a = document.createElement("a");
        a.href = deel;
        a.textContent = deel;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        element.appendChild(a);
      } else if (deel) {
        element.appendChild(document.createTextNode(deel));
      }
    });
  }

  function toon(bericht, actief) {
    const item = document.createElement("li");
    item.className = "bericht " + bericht.van;
    const wie = document.createElement("span");
    wie.className = "verborgen";
    wie.textContent = bericht.van === "jij" ? "Jij: " : "Assistent: ";
    item.appendChild(wie);
    const inhoud = document.createElement("span");
    inhoud.className = "tekst";
    vul(inhoud, bericht.tekst || "");
    item.appendChild(inhoud);
    if (bericht.knoppen && bericht.knoppen.length) {
      const knoppen = document.createElement("div");
      knoppen.className = "knoppen";
      bericht.knoppen.forEach(function (knop) {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = knop.title;
        b.disabled = !actief;
        b.addEventListener("click", function () { verstuur(knop.payload, knop.title); });
        knoppen.appendChild(b);
      });
      item.appendChild(knoppen);
    }
    lijst.appendChild(item);
    lijst.scrollTop = lijst.scrollHeight;
  }

  // only the buttons of the bot's latest turn can be pressed
  function zetKnoppenUit() {
    lijst.querySelectorAll(".knoppen button").forEach(function (b) { b.disabled = true; });
  }

  function wachten(aan) {
    bezig = aan;
    typt.hidden = !aan;
    main.setAttribute("aria-busy", aan ? "true" : "false");
  }

  async function verstuur(bericht, getoond) {
    if (bezig) return;
    const vanKnop = document.activeElement && document.activeElement.closest(".knoppen");
    zetKnoppenUit();
    if (getoond) {
      const eigen = { van: "jij", tekst: getoond };
      gesprek.berichten.push(eigen);
      bewaar();
      toon(eigen, false);
    }
    wachten(true);
    // only the app's own Dutch reason is shown, never a browser's or server's error text
    let antwoorden = null;
    let fout = "Er ging iets mis. Probeer het zo nog eens.";
    try {
      const antwoord = await fetch(main.dataset.api, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender: gesprek.sender, message: bericht }),
      });
      const inhoud = await antwoord.json();
      if (antwoord.ok && Array.isArray(inhoud)) antwoorden = inhoud;
      else if (inhoud && typeof inhoud.fout === "string") fout = inhoud.fout;
    } catch (e) {
      // no connection, or an answer that is not JSON
    }
    if (!antwoorden) {
      wachten(false);
      toon({ van: "fout", tekst: fout }, false);
      return;
    }
    wachten(false);
    antwoorden.forEach(function (a) {
      const van_bot = { van: "bot", tekst: a.text, knoppen: a.buttons };
      gesprek.berichten.push(van_bot);
      toon(van_bot, true);
    });
    bewaar();
    // a keyboard user who pressed a button lands on the next choice, or else on the text field
    if (vanKnop) {
      const volgende = lijst.querySelector(".knoppen button:not(:disabled)");
      (volgende || veld).focus();
    }
  }

  function begin() {
    lijst.replaceChildren();
    const laatsteVanJou = gesprek.berichten.map(function (b) { return b.van; }).lastIndexOf("jij");
    gesprek.berichten.forEach(function (b, i) { toon(b, i > laatsteVanJou); });
    if (!gesprek.berichten.length) verstuur("/greet");
  }

  formulier.addEventListener("submit", function (e) {
    e.preventDefault();
    const tekst = veld.value.trim();
    if (!tekst || bezig) return;
    veld.value = "";
    verstuur(tekst, tekst);
  });

  document.getElementById("nieuw").addEventListener("click", function () {
    if (bezig) return;
    gesprek = nieuw();
    bewaar();
    begin();
    veld.focus();
  });

  begin();
})();
