// The portal's one script: counts the page view (a beacon that also answers the live figures),
// sends poll votes without leaving the page, and shows the back-to-top control. Pages work without it.
(function () {
  'use strict';
  var doc = document;
  var fmt = function (n) {
    return new Intl.NumberFormat('vi-VN').format(n);
  };
  var set = function (sel, n) {
    var el = doc.querySelector(sel);
    if (el && typeof n === 'number') el.textContent = fmt(n);
  };

  function fill(s) {
    if (!s) return;
    if (s.online) {
      set('[data-stat="online"]', s.online.total);
      set('[data-stat="guests"]', s.online.guests);
      set('[data-stat="members"]', s.online.members);
    }
    set('[data-stat="visits"]', s.visits);
    var a = doc.body.getAttribute('data-article');
    if (a && typeof s.views === 'number') set('[data-views="' + a + '"]', s.views);
    doc.body.setAttribute('data-live', '1');
  }

  function beacon() {
    var a = doc.body.getAttribute('data-article');
    var body = JSON.stringify(a ? { article: Number(a) } : {});
    if (window.fetch) {
      fetch('/api/portal/views', {
        method: 'POST',
        body: body,
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        keepalive: true,
      })
        .then(function (r) {
          return r.ok ? r.json() : null;
        })
        .then(fill)
        .catch(function () {});
    } else if (navigator.sendBeacon) {
      navigator.sendBeacon('/api/portal/views', new Blob([body], { type: 'application/json' }));
    }
  }

  // the same words as the page's (views.tsx): each share is of the people who voted
  var pct = function (x) {
    return new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(x);
  };
  function base(poll) {
    return poll.multiple
      ? 'Tỷ lệ tính trên ' +
          fmt(poll.ballots) +
          ' người bình chọn; mỗi người chọn được nhiều phương án nên tổng các tỷ lệ có thể vượt quá 100%.'
      : 'Tỷ lệ tính trên tổng số ' + fmt(poll.ballots) + ' phiếu.';
  }

  function results(poll) {
    var n = poll.ballots;
    var box = doc.createElement('div');
    box.className = 'poll-results';
    box.setAttribute('data-poll-results', String(poll.id));
    var ul = doc.createElement('ul');
    poll.options.forEach(function (o) {
      var li = doc.createElement('li');
      var label = doc.createElement('span');
      label.className = 'label';
      label.textContent = o.label;
      var votes = doc.createElement('span');
      votes.className = 'votes';
      votes.textContent = fmt(o.votes) + ' phiếu' + (n > 0 ? ' (' + pct(o.votes / n) + ')' : '');
      var bar = doc.createElement('span');
      bar.className = 'bar';
      var fillBar = doc.createElement('span');
      fillBar.style.width = (n > 0 ? Math.round((o.votes / n) * 1000) / 10 : 0) + '%';
      bar.appendChild(fillBar);
      li.appendChild(label);
      li.appendChild(votes);
      li.appendChild(bar);
      ul.appendChild(li);
    });
    box.appendChild(ul);
    var p = doc.createElement('p');
    p.className = 'muted';
    p.textContent = 'Tổng số người bình chọn: ' + fmt(n);
    box.appendChild(p);
    if (n > 0) {
      var b = doc.createElement('p');
      b.className = 'muted base';
      b.textContent = base(poll);
      box.appendChild(b);
    }
    return box;
  }

  function notice(form, text, ok) {
    var n = doc.createElement('p');
    n.className = 'notice ' + (ok ? 'ok' : 'err');
    n.setAttribute('role', 'status');
    n.textContent = text;
    form.parentNode.insertBefore(n, form);
  }

  Array.prototype.forEach.call(doc.querySelectorAll('form.poll-form'), function (form) {
    form.addEventListener('submit', function (e) {
      if (!window.fetch) return;
      e.preventDefault();
      var options = Array.prototype.filter
        .call(form.querySelectorAll('input[name="option"]'), function (i) {
          return i.checked;
        })
        .map(function (i) {
          return Number(i.value);
        });
      var msg = form.querySelector('.poll-msg');
      fetch(form.getAttribute('action'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ option: options }),
      })
        .then(function (r) {
          return r.json().then(function (data) {
            if (r.ok) {
              notice(form, 'Cảm ơn bạn đã bình chọn.', true);
              form.parentNode.replaceChild(results(data), form);
            } else if (
              data &&
              data.error &&
              data.error.code === 'POLL_ALREADY_VOTED' &&
              data.error.details &&
              data.error.details.poll
            ) {
              notice(form, data.error.message, false);
              form.parentNode.replaceChild(results(data.error.details.poll), form);
            } else if (msg) {
              msg.textContent = data && data.error ? data.error.message : 'Không gửi được bình chọn.';
              msg.className = 'poll-msg err';
            }
          });
        })
        .catch(function () {
          if (msg) {
            msg.textContent = 'Không gửi được bình chọn; hãy thử lại.';
            msg.className = 'poll-msg err';
          }
        });
    });
  });

  var top = doc.getElementById('len-dau');
  if (top) {
    doc.documentElement.className += ' js';
    var toggle = function () {
      top.classList.toggle('shown', window.scrollY > 300);
    };
    window.addEventListener('scroll', toggle, { passive: true });
    toggle();
    top.addEventListener('click', function (e) {
      e.preventDefault();
      window.scrollTo({ top: 0, behavior: 'smooth' });
    });
  }

  beacon();
})();
