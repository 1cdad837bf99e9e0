// The editor canvas script (runs in the preview's isolated JavaScript world). It draws hover and
// selection outlines and sends intents to C++ over QWebChannel; C++ makes every edit.
(function () {
  if (window.ssCanvas) return;
  window.ssCanvas = true;
  var style = document.createElement('style');
  // Drawn by an overlay on top of the block, so section backgrounds cannot cover it.
  style.textContent =
    '.ss-hover,.ss-selected{position:relative}' +
    '.ss-hover::after,.ss-selected::after{content:"";position:absolute;inset:0;' +
    'pointer-events:none;z-index:2147483647}' +
    '.ss-hover::after{border:1px dashed #4f46e5}' +
    '.ss-selected::after{border:2px solid #4f46e5}';
  document.head.appendChild(style);
  var bridge = null;
  new QWebChannel(qt.webChannelTransport, function (c) { bridge = c.objects.bridge; });
  function blockOf(n) {
    while (n && n.nodeType === 1 && !n.hasAttribute('data-ss-id')) n = n.parentElement;
    return n && n.nodeType === 1 ? n : null;
  }
  document.addEventListener('click', function (e) {
    e.preventDefault(); // links and forms do not navigate inside the editor
    var b = blockOf(e.target);
    if (b && bridge) bridge.select(b.getAttribute('data-ss-id'));
  }, true);
  document.addEventListener('submit', function (e) { e.preventDefault(); }, true);
  var hovered = null;
  document.addEventListener('mouseover', function (e) {
    var b = blockOf(e.target);
    if (hovered) hovered.classList.remove('ss-hover');
    hovered = b;
    if (b) b.classList.add('ss-hover');
  });
  window.ssFind = function (id) {
    return document.querySelector('[data-ss-id="' + CSS.escape(id) + '"]');
  };
  window.ssSelect = function (id) {
    document.querySelectorAll('.ss-selected').forEach(function (n) { n.classList.remove('ss-selected'); });
    var n = id ? window.ssFind(id) : null;
    if (n) { n.classList.add('ss-selected'); n.scrollIntoView({block: 'nearest'}); }
  };
  window.ssPatch = function (id, html, selected) {
    var n = window.ssFind(id);
    if (!n) return false;
    var t = document.createElement('template');
    t.innerHTML = html;
    var r = t.content.firstElementChild;
    if (!r) return false;
    n.replaceWith(r);
    if (selected === id) r.classList.add('ss-selected');
    return true;
  };
})();
