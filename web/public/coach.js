// Starts rasa-webchat (served from this page's own server, see web/server.py) against the Rasa server.
// The conversation lives in localStorage: reloading the page, or coming back later, continues it
// (Rasa's socket.io channel runs with session_persistence, so the same session id is the same tracker).
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="coach-socket-url"]');
  var socketUrl = meta && /^https?:\/\//.test(meta.content) ? meta.content : "http://127.0.0.1:5005";

  window.WebChat.default({
    socketUrl: socketUrl,
    socketPath: "/socket.io/",
    initPayload: "/greet",
    title: "Offer coach",
    subtitle: "Is anything real between you and yes?",
    inputTextFieldHint: "Type your answer…",
    params: { storage: "local" },
    showMessageDate: false,
    // Short pauses: enough to read as typing, not so long that a summary and a draft take seconds.
    customMessageDelay: function (message) {
      return Math.min(250 + (message || "").length * 2, 900);
    }
  }, null);
})();
