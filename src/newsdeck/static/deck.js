/* newsdeck's slides: start reveal.js, wire the control panel, skip slides with nothing shown. */
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("nd-config").textContent);
  var panel = document.getElementById("nd-panel");
  var opener = document.getElementById("nd-open");
  var preview = /receiver/.test(window.location.search); // a slide preview inside the speaker view
  if (preview) opener.hidden = true;

  function isEmpty(slide) {
    var paragraphs = slide ? slide.querySelectorAll(".nd-para") : [];
    if (!paragraphs.length) return false;
    return Array.prototype.every.call(paragraphs, function (p) {
      return p.classList.contains("nd-off");
    });
  }

  // A paragraph's checkbox toggles a class on that paragraph's parts: one CSS rule for all of
  // them, where a :has() rule per paragraph made style work grow with the square of the deck.
  var partsOf = {};
  document.querySelectorAll(".reveal .slides .nd-para").forEach(function (part) {
    part.classList.forEach(function (name) {
      if (/^nd-p\d+$/.test(name)) (partsOf[name] = partsOf[name] || []).push(part);
    });
  });

  function showParagraph(box) {
    box.closest(".nd-ctl-para").classList.forEach(function (name) {
      var number = /^nd-ctl-(p\d+)$/.exec(name);
      (number ? partsOf["nd-" + number[1]] || [] : []).forEach(function (part) {
        part.classList.toggle("nd-off", !box.checked);
      });
    });
  }

  function markEmptySlides() {
    document.querySelectorAll(".reveal .slides > section").forEach(function (slide) {
      slide.classList.toggle("nd-empty", isEmpty(slide));
    });
  }

  var lastIndex = 0;
  function skipEmpty(direction) {
    var slide = Reveal.getCurrentSlide();
    if (!isEmpty(slide)) return;
    if (direction >= 0 && !Reveal.isLastSlide()) Reveal.next();
    else if (!Reveal.isFirstSlide()) Reveal.prev();
    else Reveal.next();
  }

  // A hidden quote is a <mark> shown as a "“…”" placeholder (CSS); a click or Enter reveals it.
  // Whether a quote shows only as its placeholder, worked out from the checkboxes that the CSS
  // rules follow: asking the browser (getComputedStyle) costs a style pass per quote on a long deck.
  var quotesBox = panel.querySelector(".nd-ctl-quotes input");
  var speakerBoxes = {};
  panel.querySelectorAll(".nd-ctl[data-speaker]").forEach(function (label) {
    speakerBoxes[label.getAttribute("data-speaker")] = label.querySelector("input");
  });

  function isHiddenQuote(mark) {
    if (!mark || mark.classList.contains("nd-shown")) return false;
    var speaker = speakerBoxes[mark.getAttribute("title")];
    return !quotesBox.checked || (!!speaker && !speaker.checked);
  }

  function clearRevealedQuotes() {
    document.querySelectorAll(".reveal mark.nd-shown").forEach(function (mark) {
      mark.classList.remove("nd-shown");
    });
  }

  // All styles are read before any attribute is written: writing between reads would make the
  // browser recompute the page's styles once per quote.
  function markPlaceholders() {
    var marks = Array.prototype.slice.call(document.querySelectorAll(".reveal .slides mark"));
    var hidden = marks.map(isHiddenQuote);
    marks.forEach(function (mark, i) {
      if (hidden[i] === (mark.getAttribute("role") === "button")) return;
      if (hidden[i]) {
        mark.setAttribute("role", "button");
        mark.setAttribute("tabindex", "0");
        mark.setAttribute("aria-label", "Show this quote");
      } else {
        mark.removeAttribute("role");
        mark.removeAttribute("tabindex");
        mark.removeAttribute("aria-label");
      }
    });
  }

  function revealQuote(mark) {
    mark.classList.add("nd-shown");
    markPlaceholders();
  }

  function openPanel() {
    panel.hidden = false;
    opener.setAttribute("aria-expanded", "true");
    panel.querySelector("input").focus();
  }

  // Closed with the Close button, focus goes back to the Controls button; closed by a key
  // (Esc, C), it leaves the slides in focus, so no focus ring stays on the audience's screen.
  function closePanel(byKey) {
    panel.hidden = true;
    opener.setAttribute("aria-expanded", "false");
    if (byKey) document.activeElement.blur();
    else opener.focus();
    skipEmpty(1);
  }

  // The Controls button shows while the mouse moves (as reveal's own controls do), then fades.
  var idle = null;
  function showOpener() {
    document.body.classList.add("nd-pointer");
    clearTimeout(idle);
    idle = setTimeout(function () { document.body.classList.remove("nd-pointer"); }, 2500);
  }
  document.addEventListener("mousemove", showOpener);

  function toggleQuotes() {
    var box = panel.querySelector(".nd-ctl-quotes input");
    box.checked = !box.checked;
    box.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function setParagraphs(shown) {
    panel.querySelectorAll(".nd-ctl-para input").forEach(function (box) {
      box.checked = shown;
      showParagraph(box);
    });
    markEmptySlides();
    if (preview) sendControlState();
  }

  opener.addEventListener("click", function () {
    if (panel.hidden) openPanel();
    else closePanel();
  });
  panel.querySelector(".nd-close").addEventListener("click", function () { closePanel(false); });
  panel.querySelector(".nd-show-all").addEventListener("click", function () { setParagraphs(true); });
  panel.querySelector(".nd-hide-all").addEventListener("click", function () { setParagraphs(false); });
  panel.addEventListener("change", function (event) {
    if (event.target.closest(".nd-ctl-para")) showParagraph(event.target);
    else clearRevealedQuotes();
    markEmptySlides();
    markPlaceholders();
  });
  // With the panel open, Esc (or C) closes it, Space and Enter work the focused control, and the
  // arrows and Page keys still move through the slides.
  var navigation = {
    ArrowRight: function () { Reveal.right(); },
    ArrowLeft: function () { Reveal.left(); },
    ArrowDown: function () { Reveal.down(); },
    ArrowUp: function () { Reveal.up(); },
    PageDown: function () { Reveal.next(); },
    PageUp: function () { Reveal.prev(); },
  };
  document.addEventListener("keydown", function (event) {
    if (panel.hidden) return;
    var inPanel = panel.contains(document.activeElement);
    var close = event.key === "Escape" || (inPanel && (event.key === "c" || event.key === "C"));
    if (!close && !(inPanel && navigation[event.key])) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (close) closePanel(true);
    else navigation[event.key]();
  }, true);

  function hiddenQuoteAt(event) {
    var mark = event.target.closest && event.target.closest(".reveal mark");
    return isHiddenQuote(mark) ? mark : null;
  }
  document.addEventListener("click", function (event) {
    var mark = hiddenQuoteAt(event);
    if (mark) revealQuote(mark);
  });
  document.addEventListener("keydown", function (event) {
    var mark = hiddenQuoteAt(event);
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      event.stopImmediatePropagation();
      revealQuote(mark);
    }
  }, true);

  Reveal.on("slidechanged", function (event) {
    var direction = event.indexh >= lastIndex ? 1 : -1;
    lastIndex = event.indexh;
    skipEmpty(direction);
  });
  // The speaker view (S) shows this deck in previews. Controls used there (Q, or the panel that C
  // opens in the preview) are sent to the audience's window and the other preview, which apply
  // them with their own panel closed.
  function controlState() {
    return Array.prototype.map.call(panel.querySelectorAll(".nd-ctl"), function (label) {
      return [label.className, label.querySelector("input").checked];
    });
  }

  function applyControlState(state) {
    var labels = {};
    panel.querySelectorAll(".nd-ctl").forEach(function (label) { labels[label.className] = label; });
    state.forEach(function (entry) {
      var label = labels[entry[0]];
      if (!label) return;
      var box = label.querySelector("input");
      box.checked = !!entry[1];
      if (label.classList.contains("nd-ctl-para")) showParagraph(box);
    });
    clearRevealedQuotes();
    markEmptySlides();
    markPlaceholders();
  }

  function sendControlState() {
    var message = JSON.stringify({ namespace: "newsdeck", controls: controlState() });
    var speakerView = window.parent;
    if (speakerView.opener) speakerView.opener.postMessage(message, "*");
    for (var i = 0; i < speakerView.frames.length; i++) {
      if (speakerView.frames[i] !== window) speakerView.frames[i].postMessage(message, "*");
    }
  }

  if (preview) panel.addEventListener("change", sendControlState);
  // Only our own speaker view's previews may set the controls (a file:// deck's origin is opaque,
  // so the sender is recognised by where it sits: a frame of a window this deck opened, or a sibling).
  function fromOurSpeakerView(source) {
    try {
      return !!source && source !== window && (source.parent.opener === window || source.parent === window.parent);
    } catch (error) {
      return false;
    }
  }

  window.addEventListener("message", function (event) {
    if (!fromOurSpeakerView(event.source) || typeof event.data !== "string") return;
    var data;
    try { data = JSON.parse(event.data); } catch (error) { return; }
    if (data && data.namespace === "newsdeck" && Array.isArray(data.controls)) applyControlState(data.controls);
  });

  Reveal.on("ready", markEmptySlides);

  config.plugins = [RevealNotes];
  Reveal.initialize(config);
  Reveal.addKeyBinding({ keyCode: 81, key: "Q", description: "Show or hide all quotes" }, toggleQuotes);
  Reveal.addKeyBinding({ keyCode: 67, key: "C", description: "Open or close the controls" }, function () {
    if (panel.hidden) openPanel();
    else closePanel(true);
  });
})();
