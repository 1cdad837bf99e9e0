// The editor canvas script (runs in the preview's isolated JavaScript world). It draws hover and
// selection outlines, the action bar over the selected block, drop indicators, and edits text in
// place; it only sends intents to C++ over QWebChannel, and C++ makes every edit (undo commands).
(function () {
  if (window.ssCanvas) return;
  window.ssCanvas = true;
  var style = document.createElement('style');
  // Drawn by an overlay on top of the block, so section backgrounds cannot cover it.
  style.textContent =
    '.ss-hover,.ss-selected{position:relative}' +
    '.ss-hover::after,.ss-selected::after{content:"";position:absolute;inset:0;' +
    'pointer-events:none;z-index:2147483646}' +
    '.ss-hover::after{border:1px dashed #4f46e5}' +
    '.ss-selected::after{border:2px solid #4f46e5}' +
    '.ss-editable .ss-selected [data-ss-field]:not(.ss-editing):hover{cursor:text;' +
    'outline:1px dashed rgba(79,70,229,.7);outline-offset:2px}' +
    '[data-ss-field].ss-editing{outline:2px solid #f59e0b;outline-offset:3px;cursor:text;' +
    'background:rgba(245,158,11,.08);' +
    'caret-color:auto}' +
    // While something is dragged, empty slots open up as drop targets.
    '.ss-editable.ss-drag-active .ss-slot:empty:not(.ss-root){min-height:48px;background:repeating-linear-gradient(' +
    '45deg,rgba(79,70,229,.05) 0 8px,transparent 8px 16px);outline:1px dashed #a5b4fc;' +
    'outline-offset:-4px}' +
    '.ss-dragging{opacity:.45}';
  document.head.appendChild(style);

  var bridge = null;
  new QWebChannel(qt.webChannelTransport, function (c) { bridge = c.objects.bridge; });

  function blockOf(n) {
    while (n && n.nodeType === 1 && !n.hasAttribute('data-ss-id')) n = n.parentElement;
    return n && n.nodeType === 1 ? n : null;
  }
  // The field element (data-ss-field) around n, inside n's own block.
  function fieldOf(n) {
    for (; n && n.nodeType === 1; n = n.parentElement) {
      if (n.hasAttribute('data-ss-field')) return n;
      if (n.hasAttribute('data-ss-id')) return null;
    }
    return null;
  }
  window.ssFind = function (id) {
    return document.querySelector('[data-ss-id="' + CSS.escape(id) + '"]');
  };

  // ---- The action bar (a shadow root: the theme's CSS cannot restyle it) -------------------
  var svg = function (body) {
    return '<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" ' +
      'stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">' +
      body + '</svg>';
  };
  var icons = {
    grip: '<svg viewBox="0 0 24 24" width="16" height="16" fill="currentColor" aria-hidden="true">' +
      '<circle cx="9" cy="6" r="1.6"/><circle cx="15" cy="6" r="1.6"/><circle cx="9" cy="12" r="1.6"/>' +
      '<circle cx="15" cy="12" r="1.6"/><circle cx="9" cy="18" r="1.6"/><circle cx="15" cy="18" r="1.6"/></svg>',
    selectParent: svg('<polyline points="9 14 4 9 9 4"/><path d="M20 20v-7a4 4 0 0 0-4-4H4"/>'),
    moveUp: svg('<line x1="12" y1="19" x2="12" y2="5"/><polyline points="5 12 12 5 19 12"/>'),
    moveDown: svg('<line x1="12" y1="5" x2="12" y2="19"/><polyline points="19 12 12 19 5 12"/>'),
    duplicate: svg('<rect x="9" y="9" width="12" height="12" rx="2"/>' +
      '<path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1"/>'),
    remove: svg('<polyline points="3 6 5 6 21 6"/><path d="M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6"/>' +
      '<path d="M10 11v6M14 11v6M9 6V4a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2"/>')
  };
  var labels = {
    grip: 'Drag to move', selectParent: 'Select parent', moveUp: 'Move up',
    moveDown: 'Move down', duplicate: 'Duplicate', remove: 'Delete'
  };
  var barHost = document.createElement('div');
  barHost.id = 'ss-actionbar';
  barHost.style.cssText = 'position:fixed;z-index:2147483647;top:0;left:0;display:none;margin:0;padding:0';
  var shadow = barHost.attachShadow({mode: 'open'});
  shadow.innerHTML =
    '<style>' +
    '.bar{display:flex;align-items:center;gap:2px;padding:3px;background:#fff;color:#1e1b4b;' +
    'border:1px solid #c7d2fe;border-radius:7px;box-shadow:0 2px 8px rgba(30,27,75,.18);' +
    'font:600 12px/1 system-ui,-apple-system,"Segoe UI",sans-serif;white-space:nowrap;user-select:none}' +
    '.label{padding:5px 8px;background:#eef2ff;color:#312e81;border-radius:4px;max-width:180px;' +
    'overflow:hidden;text-overflow:ellipsis}' +
    '.grip{display:flex;padding:4px 2px;color:#6366f1;cursor:grab}' +
    'button{all:unset;display:flex;align-items:center;justify-content:center;width:24px;height:24px;' +
    'border-radius:4px;color:#1f2937;cursor:pointer}' +
    'button:hover{background:#e0e7ff;color:#312e81}' +
    'button:focus-visible{outline:2px solid #4f46e5}' +
    'button[data-action=remove]:hover{background:#fee2e2;color:#b91c1c}' +
    'button:disabled{opacity:.3;cursor:default;background:none}' +
    '.sep{width:1px;height:18px;background:#e0e7ff;margin:0 2px}' +
    '</style>' +
    '<div class="bar" role="toolbar" aria-label="Block actions">' +
    '<span class="grip" draggable="true" title="' + labels.grip + '" aria-label="' + labels.grip +
    '">' + icons.grip + '</span><span class="label"></span>' +
    ['selectParent', 'moveUp', 'moveDown', 'duplicate', 'remove'].map(function (a) {
      return (a === 'duplicate' ? '<span class="sep"></span>' : '') +
        '<button type="button" data-action="' + a + '" title="' + labels[a] + '" aria-label="' +
        labels[a] + '">' + icons[a] + '</button>';
    }).join('') + '</div>';
  document.documentElement.appendChild(barHost);
  var bar = shadow.querySelector('.bar');
  // Translated words from C++, and whether this canvas edits (a read-only preview only selects).
  var editable = false;
  window.ssLabels = function (on, l) {
    editable = !!on;
    document.documentElement.classList.toggle('ss-editable', editable);
    place();
    shadow.querySelectorAll('[data-action]').forEach(function (b) {
      var t = l[b.getAttribute('data-action')];
      if (t) { b.title = t; b.setAttribute('aria-label', t); }
    });
    var g = shadow.querySelector('.grip');
    if (l.grip) { g.title = l.grip; g.setAttribute('aria-label', l.grip); }
    if (l.toolbar) bar.setAttribute('aria-label', l.toolbar);
  };
  var selectedId = '';

  function siblingBlock(n, dir) {
    for (var s = dir < 0 ? n.previousElementSibling : n.nextElementSibling; s;
      s = dir < 0 ? s.previousElementSibling : s.nextElementSibling)
      if (s.hasAttribute('data-ss-id')) return s;
    return null;
  }
  function place() {
    var n = selectedId && editable ? window.ssFind(selectedId) : null;
    if (!n) { barHost.style.display = 'none'; return; }
    var r = n.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight || (r.width === 0 && r.height === 0)) {
      barHost.style.display = 'none';
      return;
    }
    barHost.style.display = 'block';
    var w = bar.offsetWidth, h = bar.offsetHeight, vw = document.documentElement.clientWidth;
    // Above the block's top left corner; with no room there (the first block on the page),
    // under its bottom edge; for a tall block scrolled past, on its top right corner inside the
    // view, where it covers the least of the block's own content.
    var top = r.top - h - 4, left = r.left;
    if (top < 2) {
      if (r.bottom + h + 4 <= window.innerHeight && r.top >= 0) {
        top = r.bottom + 4;
      } else {
        top = Math.max(2, Math.min(r.top + 4, r.bottom - h - 4));
        left = r.right - w - 4;
      }
    }
    left = Math.max(2, Math.min(left, vw - w - 2));
    barHost.style.top = Math.round(top) + 'px';
    barHost.style.left = Math.round(left) + 'px';
    shadow.querySelector('[data-action=selectParent]').disabled = !blockOf(n.parentElement);
    shadow.querySelector('[data-action=moveUp]').disabled = !siblingBlock(n, -1);
    shadow.querySelector('[data-action=moveDown]').disabled = !siblingBlock(n, +1);
  }
  var placeQueued = false;
  function queuePlace() {
    if (placeQueued) return;
    placeQueued = true;
    requestAnimationFrame(function () { placeQueued = false; place(); });
  }
  window.addEventListener('scroll', queuePlace, true);
  window.addEventListener('resize', queuePlace);
  if (window.ResizeObserver) new ResizeObserver(queuePlace).observe(document.body);

  // Focus stays where it is (an edit in progress keeps its caret).
  bar.addEventListener('mousedown', function (e) {
    if (!e.target.closest || !e.target.closest('.grip')) e.preventDefault();
  });
  bar.addEventListener('click', function (e) {
    var b = e.target.closest ? e.target.closest('button') : null;
    if (!b || b.disabled || !selectedId || !bridge) return;
    if (editing) endEdit(false);
    bridge.intent(b.getAttribute('data-action'), selectedId);
  });

  // ---- Selection and hover -----------------------------------------------------------------
  document.addEventListener('click', function (e) {
    if (e.target === barHost) return; // the action bar handles its own clicks
    e.preventDefault(); // links and forms do not navigate inside the editor
    var b = blockOf(e.target);
    if (b && bridge) bridge.select(b.getAttribute('data-ss-id'));
  }, true);
  document.addEventListener('submit', function (e) { e.preventDefault(); }, true);
  var hovered = null;
  document.addEventListener('mouseover', function (e) {
    var b = e.target === barHost ? hovered : blockOf(e.target);
    if (hovered && hovered !== b) hovered.classList.remove('ss-hover');
    hovered = b;
    if (b) b.classList.add('ss-hover');
  });
  window.ssSelect = function (id, label) {
    document.querySelectorAll('.ss-selected').forEach(function (n) { n.classList.remove('ss-selected'); });
    var n = id ? window.ssFind(id) : null;
    selectedId = n ? id : '';
    shadow.querySelector('.label').textContent = label || '';
    if (n) { n.classList.add('ss-selected'); n.scrollIntoView({block: 'nearest'}); }
    place();
  };

  // ---- Inline text editing -----------------------------------------------------------------
  var editing = null; // {el, id, field, multi, orig, session, timer}
  var sessions = 0;
  // The plain text an element shows: text nodes, <br> and block boundaries as line breaks
  // (not innerText: CSS text-transform must not change the prop).
  function plain(n) {
    var s = '';
    n.childNodes.forEach(function (c) {
      if (c.nodeType === 3) s += c.data;
      else if (c.nodeName === 'BR') s += '\n';
      else if (c.nodeType === 1) {
        var inner = plain(c), d = getComputedStyle(c).display;
        if (d !== 'inline' && s && s.slice(-1) !== '\n') s += '\n';
        s += inner;
      }
    });
    return s;
  }
  function valueOf(ed) {
    var t = plain(ed.el);
    if (!ed.multi) return t.replace(/[\r\n]+/g, ' ');
    t = t.replace(/\r\n?/g, '\n');
    if (t.slice(-1) === '\n' && ed.orig.slice(-1) !== '\n') t = t.slice(0, -1);
    return t;
  }
  function startEdit(el) {
    if (!editable || (editing && editing.el === el)) return;
    if (editing) endEdit(false);
    var b = blockOf(el);
    if (!b) return;
    editing = {
      el: el, id: b.getAttribute('data-ss-id'), field: el.getAttribute('data-ss-field'),
      multi: el.hasAttribute('data-ss-multiline'), session: ++sessions, timer: 0
    };
    editing.orig = plain(el);
    if (bridge) bridge.editStart(editing.id);
    el.setAttribute('contenteditable', 'plaintext-only');
    el.setAttribute('spellcheck', 'true');
    el.classList.add('ss-editing');
    el.focus();
    var sel = window.getSelection();
    if (sel && !el.contains(sel.anchorNode)) {
      var r = document.createRange();
      r.selectNodeContents(el);
      sel.removeAllRanges();
      sel.addRange(r);
    }
  }
  function flush(ed) {
    clearTimeout(ed.timer);
    ed.timer = 0;
    if (bridge) bridge.editText(ed.id, ed.field, valueOf(ed), ed.session);
  }
  function endEdit(cancel) {
    var ed = editing;
    if (!ed) return;
    editing = null; // patches of the block go through again
    clearTimeout(ed.timer);
    if (cancel) ed.el.textContent = ed.orig;
    var text = cancel ? ed.orig : valueOf(ed);
    ed.el.removeAttribute('contenteditable');
    ed.el.removeAttribute('spellcheck');
    ed.el.classList.remove('ss-editing');
    if (document.activeElement === ed.el) ed.el.blur();
    var sel = window.getSelection();
    if (sel) sel.removeAllRanges();
    if (bridge) bridge.editEnd(ed.id, ed.field, text, ed.session, !!cancel);
  }
  window.ssEditing = function () { return editing ? editing.id + ' ' + editing.field : ''; };
  window.ssEndEdit = function (cancel) { endEdit(!!cancel); };
  document.addEventListener('dblclick', function (e) {
    var f = fieldOf(e.target);
    if (!f) return;
    e.preventDefault();
    startEdit(f);
  }, true);
  document.addEventListener('input', function (e) {
    var ed = editing;
    if (!ed || !ed.el.contains(e.target)) return;
    clearTimeout(ed.timer);
    ed.timer = setTimeout(function () { flush(ed); }, 150);
  }, true);
  document.addEventListener('keydown', function (e) {
    if (!editing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      endEdit(true);
    } else if (e.key === 'Enter' && (!editing.multi || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.stopPropagation();
      endEdit(false);
    }
  }, true);
  document.addEventListener('focusout', function (e) {
    if (editing && e.target === editing.el) endEdit(false);
  }, true);

  // Replaces one block's element with its new rendering. The block being edited in place is
  // left alone (its text is what the user typed; C++ patches it again when the edit ends); a
  // block around it ends the edit first.
  window.ssPatch = function (id, html, selected) {
    var n = window.ssFind(id);
    if (!n) return false;
    if (editing && n.contains(editing.el)) {
      if (blockOf(editing.el) === n) return 'editing';
      endEdit(false);
    }
    var t = document.createElement('template');
    t.innerHTML = html;
    var r = t.content.firstElementChild;
    if (!r) return false;
    n.replaceWith(r);
    if (selected === id) r.classList.add('ss-selected');
    queuePlace();
    return true;
  };

  // ---- Drop targets ------------------------------------------------------------------------
  var indicator = document.createElement('div');
  indicator.id = 'ss-drop-indicator';
  indicator.style.cssText = 'position:fixed;z-index:2147483647;display:none;pointer-events:none;' +
    'background:#4f46e5;border-radius:2px;box-shadow:0 0 0 1px #fff;margin:0;padding:0';
  document.documentElement.appendChild(indicator);
  var lastTarget = null;

  // Children of a slot as the document counts them: block elements and unknown components
  // (rendered as comments).
  function slotChildren(slot) {
    return [].filter.call(slot.childNodes, function (c) {
      return (c.nodeType === 1 && c.hasAttribute('data-ss-id')) ||
        (c.nodeType === 8 && c.data.indexOf(' unknown component:') === 0);
    });
  }
  // Where a drop at (x, y) in CSS pixels lands: {area, index, line: {x, y, w, h}}, or null.
  // `dragId`: the block being moved (a drop on itself means its own place).
  function targetAt(x, y, dragId) {
    document.documentElement.classList.add('ss-drag-active');
    barHost.style.visibility = 'hidden';
    var el = document.elementFromPoint(x, y);
    barHost.style.visibility = '';
    var dragged = dragId ? window.ssFind(dragId) : null;
    if (dragged && el && dragged.contains(el)) el = dragged;
    var slot = el && el.closest ? el.closest('[data-ss-area]') : null;
    if (!slot) slot = document.querySelector('.ss-root[data-ss-area]');
    if (!slot) return null;
    var area = slot.getAttribute('data-ss-area');
    var kids = slotChildren(slot);
    var blocks = kids.filter(function (c) { return c.nodeType === 1; });
    var sr = slot.getBoundingClientRect();
    if (!blocks.length) {
      return {area: area, index: kids.length,
        box: {x: sr.left, y: sr.top, w: Math.max(sr.width, 8), h: Math.max(sr.height, 8)}};
    }
    var best = null, bestD = Infinity, br = null;
    blocks.forEach(function (c) {
      var r = c.getBoundingClientRect();
      var dx = Math.max(r.left - x, 0, x - r.right), dy = Math.max(r.top - y, 0, y - r.bottom);
      var d = dx * dx + dy * dy;
      if (d < bestD) { bestD = d; best = c; br = r; }
    });
    // Side by side (a row of cards) when another child shares the nearest one's row.
    var horiz = blocks.some(function (c) {
      if (c === best) return false;
      var r = c.getBoundingClientRect();
      var overlap = Math.min(r.bottom, br.bottom) - Math.max(r.top, br.top);
      return overlap > 0.5 * Math.min(r.height, br.height);
    });
    var after = horiz ? x > br.left + br.width / 2 : y > br.top + br.height / 2;
    var i = blocks.indexOf(best);
    var index = kids.indexOf(best) + (after ? 1 : 0);
    var line;
    if (horiz) {
      var lx = after ? br.right : br.left;
      line = {x: lx - 2, y: br.top, w: 4, h: br.height};
    } else {
      var ly = after ? br.bottom : br.top;
      var other = blocks[after ? i + 1 : i - 1];
      if (other) {
        var or = other.getBoundingClientRect();
        ly = (ly + (after ? or.top : or.bottom)) / 2;
      }
      ly = Math.max(2, Math.min(ly, window.innerHeight - 2));
      line = {x: sr.left, y: ly - 2, w: sr.width, h: 4};
    }
    return {area: area, index: index, line: line};
  }
  function showDrop(t) {
    if (!t) { indicator.style.display = 'none'; return; }
    var g = t.line || t.box;
    indicator.style.background = t.line ? '#4f46e5' : 'rgba(79,70,229,.18)';
    indicator.style.outline = t.line ? 'none' : '2px solid #4f46e5';
    indicator.style.left = Math.round(g.x) + 'px';
    indicator.style.top = Math.round(g.y) + 'px';
    indicator.style.width = Math.round(g.w) + 'px';
    indicator.style.height = Math.round(g.h) + 'px';
    indicator.style.display = 'block';
  }
  // For C++ (palette drags arrive as Qt drag events): the target at a point, not shown yet.
  window.ssDropTarget = function (x, y, dragId) {
    lastTarget = targetAt(x, y, dragId || '');
    return lastTarget ? {area: lastTarget.area, index: lastTarget.index} : null;
  };
  window.ssShowDrop = function (on) { showDrop(on ? lastTarget : null); return !!(on && lastTarget); };
  window.ssEndDrag = function () {
    document.documentElement.classList.remove('ss-drag-active');
    showDrop(null);
    queuePlace();
  };
  window.ssDropShown = function () { return indicator.style.display === 'block'; };

  // Moving a block inside the canvas: drag the action bar's grip. Slot rules come from C++
  // (acceptsMove), asked once per area per drag.
  var drag = null; // {id, cache: {area: true/false/null}}
  function acceptsMove(d, area) {
    var ok = d.cache[area];
    if (ok === undefined && bridge) {
      d.cache[area] = null;
      bridge.acceptsMove(d.id, area, function (v) { d.cache[area] = !!v; });
    }
    return ok === true;
  }
  function endDrag() {
    if (drag) {
      var n = window.ssFind(drag.id);
      if (n) n.classList.remove('ss-dragging');
    }
    drag = null;
    window.ssEndDrag();
  }
  shadow.querySelector('.grip').addEventListener('dragstart', function (e) {
    if (!selectedId || !editable) { e.preventDefault(); return; }
    if (editing) endEdit(false);
    drag = {id: selectedId, cache: {}};
    document.documentElement.classList.add('ss-drag-active');
    e.dataTransfer.setData('application/x-sitestudio-canvas-block', selectedId);
    e.dataTransfer.effectAllowed = 'move';
    var n = window.ssFind(selectedId);
    if (n) {
      e.dataTransfer.setDragImage(n, 12, 12);
      n.classList.add('ss-dragging');
    }
  });
  shadow.querySelector('.grip').addEventListener('dragend', endDrag);
  document.addEventListener('dragover', function (e) {
    if (!drag) return;
    var t = targetAt(e.clientX, e.clientY, drag.id);
    if (t && acceptsMove(drag, t.area)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      showDrop(t);
    } else {
      showDrop(null);
    }
  }, true);
  document.addEventListener('drop', function (e) {
    if (!drag) return;
    e.preventDefault();
    var t = targetAt(e.clientX, e.clientY, drag.id);
    if (t && drag.cache[t.area] === true && bridge) bridge.moveBlock(drag.id, t.area, t.index);
    endDrag();
  }, true);
  // The same drop without an HTML5 drag (tests, keyboard-free automation): asks C++ whether the
  // area takes the block, then sends the move intent.
  window.ssDropBlock = function (id, x, y) {
    if (!editable) return null;
    var t = targetAt(x, y, id);
    if (!t || !bridge) return null;
    window.ssEndDrag();
    bridge.acceptsMove(id, t.area, function (ok) {
      window.ssLastDrop = !!ok;
      if (ok) bridge.moveBlock(id, t.area, t.index);
    });
    return {area: t.area, index: t.index};
  };
})();
