// The score sheet on a phone: every change is queued in the browser (localStorage) before it is
// sent, each with its own request key, and sent in order whenever the network is there; the
// server applies a key once, so a change sent twice counts once. A value changed meanwhile on
// another device comes back as a conflict, shown beside ours, and the observer chooses.
(function () {
  'use strict';

  var sheet = document.getElementById('sheet');
  if (!sheet) { return; }
  var sheetId = sheet.dataset.sheet;
  var storeKey = 'xingping.sheet.' + sheetId + '.queue';
  var sending = false;
  var offline = false;

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  function newKey() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID().replace(/-/g, ''); }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function load() {
    try { return JSON.parse(window.localStorage.getItem(storeKey)) || []; } catch (e) { return []; }
  }

  function save(queue) {
    window.localStorage.setItem(storeKey, JSON.stringify(queue));
  }

  function itemBox(code) { return document.getElementById('item-' + code); }

  function input(box) { return box.querySelector('.score-input'); }

  function mark(box, state, text) {
    box.dataset.state = state;
    var label = { pending: sheet.dataset.textPending, conflict: sheet.dataset.textConflict, saved: '' }[state];
    box.querySelector('.item-state').textContent = text !== undefined ? text : (label || '');
  }

  function showSync() {
    var queue = load();
    var line = document.getElementById('sync-state');
    if (queue.length === 0) {
      line.dataset.state = 'saved';
      line.textContent = sheet.dataset.textSaved;
    } else {
      line.dataset.state = offline ? 'offline' : 'pending';
      line.textContent = (offline ? sheet.dataset.textOffline : sheet.dataset.textPending) + ' ' + queue.length;
    }
  }

  // Queues a change; a queued change of the same item not yet sent is replaced, since only the
  // last value matters and the version it applies over is read when it is sent.
  function enqueue(change) {
    var queue = load().filter(function (queued) {
      return queued.sent || queued.kind !== change.kind || queued.item !== change.item;
    });
    queue.push(change);
    save(queue);
    showSync();
    flush();
  }

  function reason() {
    var field = document.getElementById('change-reason');
    return field ? field.value.trim() : '';
  }

  function updateFigures(body) {
    if (body.total !== undefined) { document.getElementById('running-total').textContent = body.total; }
    if (body.scored !== undefined) { document.getElementById('scored').textContent = body.scored; }
  }

  function applied(box, body) {
    box.dataset.version = body.version;
    box.querySelector('.points').textContent = sheet.dataset.textPoints.replace('{0}', body.points);
    box.querySelector('.conflict').hidden = true;
    box.querySelector('.error-text').hidden = true;
    mark(box, 'saved');
  }

  function send(change) {
    var url, payload;
    if (change.kind === 'notes') {
      var notes = document.getElementById('sheet-notes');
      url = sheet.dataset.notesUrl;
      payload = { notes: change.value, baseVersion: parseInt(notes.dataset.version, 10) };
    } else {
      var box = itemBox(change.item);
      url = sheet.dataset.valuesUrl;
      payload = { itemCode: change.item, value: change.value, baseVersion: parseInt(box.dataset.version, 10),
                  requestKey: change.key, reason: change.reason };
    }
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: csrf(), body: JSON.stringify(payload) })
      .then(function (response) {
        return response.json().then(function (body) { return { status: response.status, body: body }; });
      });
  }

  function settle(change, result) {
    if (change.kind === 'notes') {
      var notes = document.getElementById('sheet-notes');
      if (result.status === 200 || result.status === 409) { notes.dataset.version = result.body.version; }
      if (result.status === 409) { notes.value = result.body.notes + '\n' + change.value; }
      return;
    }
    var box = itemBox(change.item);
    var error = box.querySelector('.error-text');
    if (result.status === 200) {
      applied(box, result.body);
      updateFigures(result.body);
    } else if (result.status === 409) {
      var conflict = box.querySelector('.conflict');
      conflict.dataset.theirs = result.body.value;
      conflict.dataset.version = result.body.version;
      conflict.dataset.mine = change.value;
      conflict.querySelector('.conflict-text').textContent = sheet.dataset.textTheirs.replace('{0}', result.body.value);
      conflict.hidden = false;
      mark(box, 'conflict');
    } else {
      error.textContent = result.body.message || '';
      error.hidden = false;
      mark(box, 'error', '');
    }
  }

  function flush() {
    if (sending) { return; }
    var queue = load();
    if (queue.length === 0) { offline = false; showSync(); return; }
    var change = queue[0];
    sending = true;
    change.sent = true;
    save(queue);
    send(change).then(function (result) {
      sending = false;
      offline = false;
      if (result.status >= 500) { throw new Error('server ' + result.status); }
      save(load().filter(function (queued) { return queued.key !== change.key; }));
      settle(change, result);
      showSync();
      flush();
    }).catch(function () {
      // No network (or the server is restarting): keep the change, with its key, and try again.
      sending = false;
      offline = true;
      var kept = load();
      kept.forEach(function (queued) { if (queued.key === change.key) { queued.sent = false; } });
      save(kept);
      showSync();
    });
  }

  // A change on an item: queue it (a reason goes with it once the sheet is submitted).
  document.addEventListener('change', function (event) {
    var field = event.target.closest('.score-input');
    if (!field) { return; }
    var box = field.closest('.sheet-item');
    if (field.value === '') { return; }
    if (sheet.dataset.status === 'SUBMITTED' && reason() === '') {
      box.querySelector('.error-text').textContent = sheet.dataset.textReason;
      box.querySelector('.error-text').hidden = false;
      return;
    }
    mark(box, 'pending');
    enqueue({ kind: 'value', item: box.dataset.item, value: field.value, key: newKey(), reason: reason() });
  });

  // The notes are sent a moment after typing stops.
  var notesTimer = null;
  var notes = document.getElementById('sheet-notes');
  if (notes) {
    notes.addEventListener('input', function () {
      window.clearTimeout(notesTimer);
      notesTimer = window.setTimeout(function () {
        enqueue({ kind: 'notes', item: 'notes', value: notes.value, key: newKey() });
      }, 800);
    });
  }

  // The observer chooses in a conflict: theirs is taken as it stands; mine goes again over theirs.
  document.addEventListener('click', function (event) {
    var box = event.target.closest('.sheet-item');
    if (!box) { return; }
    var conflict = box.querySelector('.conflict');
    if (event.target.closest('[data-take-theirs]')) {
      input(box).value = conflict.dataset.theirs;
      box.dataset.version = conflict.dataset.version;
      conflict.hidden = true;
      mark(box, 'saved');
    } else if (event.target.closest('[data-keep-mine]')) {
      box.dataset.version = conflict.dataset.version;
      conflict.hidden = true;
      mark(box, 'pending');
      enqueue({ kind: 'value', item: box.dataset.item, value: conflict.dataset.mine, key: newKey(), reason: reason() });
    }
  });

  // Forms that must not apply twice carry a key made when the page was drawn.
  Array.prototype.forEach.call(document.querySelectorAll('[data-request-key]'), function (field) {
    field.value = newKey();
  });

  // A photo is shrunk on the phone (longest side 1600 px, JPEG) before it is sent.
  document.addEventListener('change', function (event) {
    var picker = event.target.closest('[data-photo-input]');
    if (!picker || !picker.files.length) { return; }
    var form = picker.closest('form');
    shrink(picker.files[0]).then(function (blob) {
      var data = new FormData(form);
      data.set('photo', blob, 'photo.jpg');
      var headers = csrf();
      delete headers['Content-Type'];
      // Not following the redirect leaves its message for the page we load next.
      return fetch(form.action, { method: 'POST', credentials: 'same-origin', headers: headers, body: data,
                                  redirect: 'manual' });
    }).then(function () {
      window.location.reload();
    }).catch(function () {
      form.submit();
    });
  });

  function shrink(file) {
    return new Promise(function (resolve, reject) {
      var image = new Image();
      image.onload = function () {
        var scale = Math.min(1, 1600 / Math.max(image.naturalWidth, image.naturalHeight));
        var canvas = document.createElement('canvas');
        canvas.width = Math.round(image.naturalWidth * scale);
        canvas.height = Math.round(image.naturalHeight * scale);
        canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
        URL.revokeObjectURL(image.src);
        canvas.toBlob(function (blob) { return blob ? resolve(blob) : reject(new Error('no image')); }, 'image/jpeg', 0.85);
      };
      image.onerror = reject;
      image.src = URL.createObjectURL(file);
    });
  }

  // What was queued before the page was left is shown as waiting and sent again.
  load().forEach(function (queued) {
    queued.sent = false;
    if (queued.kind === 'value') {
      var box = itemBox(queued.item);
      if (box) { input(box).value = queued.value; mark(box, 'pending'); }
    } else if (queued.kind === 'notes' && notes) {
      notes.value = queued.value;
    }
  });
  save(load().map(function (queued) { queued.sent = false; return queued; }));
  window.addEventListener('online', flush);
  window.setInterval(function () { if (load().length) { flush(); } }, 5000);
  showSync();
  flush();
})();
