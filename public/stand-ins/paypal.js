/*
 * A local stand-in for PayPal's JS SDK, for Upcart's tests and offline demo (these machines cannot
 * reach paypal.com). paypal-js loads it from `${sdkBaseUrl}?client-id=...&currency=...` and then
 * reads `window.paypal`. It implements only what Upcart calls: paypal.Buttons({ createOrder,
 * onApprove, onCancel, onError, style }) with isEligible(), render(container) and close().
 *
 * The "PayPal" button calls createOrder(), then opens a small approval panel in the document
 * ("Approve payment", "Cancel", "Fail") that calls onApprove({ orderID }), onCancel({ orderID })
 * or onError(error). The button follows `style` (color, height, shape, borderRadius) as PayPal's does,
 * and `window.__upcartPaypalStandIn.style` keeps what was passed, for tests. Like PayPal (paypal/paypal-checkout-components#1107), render() rejects a
 * container inside a shadow root. Without a client-id it defines nothing, as a failed SDK load.
 *
 * Plain script, no imports, CSP-friendly: no eval, no inline handlers, no innerHTML; styles are
 * set through the CSSOM. `window.__upcartPaypalStandIn` counts what happened, for tests.
 */
(function () {
  'use strict';

  var stats = window.__upcartPaypalStandIn;
  if (!stats) {
    stats = { loads: 0, params: null, nonce: '', renders: 0, orders: 0, approvals: 0, cancels: 0, errors: 0, style: null };
    window.__upcartPaypalStandIn = stats;
  }
  stats.loads += 1;

  var script = document.currentScript;
  var query = new URL(script ? script.src : location.href).searchParams;
  var params = {};
  query.forEach(function (value, key) {
    params[key] = value;
  });
  stats.params = params;
  stats.nonce = script ? script.nonce : '';
  if (!params['client-id']) {
    console.error('PayPal stand-in: the SDK URL needs a client-id (PayPal answers 400 without one).');
    return;
  }

  function el(tag, style, text) {
    var node = document.createElement(tag);
    if (style) for (var key in style) node.style[key] = style[key];
    if (text) node.textContent = text;
    return node;
  }

  function describe(target) {
    if (typeof target === 'string') return target;
    return target && target.id ? '#' + target.id : String(target);
  }

  function Buttons(options) {
    options = options || {};
    var style = options.style || {};
    stats.style = style;
    var wrapper = null;
    var panel = null;
    var busy = false;

    function report(error) {
      stats.errors += 1;
      if (typeof options.onError === 'function') options.onError(error instanceof Error ? error : new Error(String(error)));
      else console.error(error);
    }

    function closePanel() {
      if (panel) panel.remove();
      panel = null;
    }

    function done(payButton) {
      busy = false;
      if (payButton) payButton.disabled = false;
    }

    function openPanel(orderID, payButton) {
      panel = el('div', {
        position: 'fixed',
        inset: '0',
        background: 'rgb(0 0 0 / 0.45)',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        zIndex: '2147483647',
        fontFamily: 'system-ui, sans-serif',
      });
      panel.setAttribute('data-upcart-stand-in', 'paypal-approval');
      var dialog = el('div', {
        background: '#ffffff',
        color: '#2c2e2f',
        borderRadius: '8px',
        padding: '20px 24px',
        maxWidth: '360px',
        boxShadow: '0 10px 30px rgb(0 0 0 / 0.3)',
      });
      dialog.setAttribute('role', 'dialog');
      dialog.setAttribute('aria-modal', 'true');
      dialog.setAttribute('aria-labelledby', 'upcart-paypal-approval-title');
      var title = el('h2', { fontSize: '18px', margin: '0 0 8px', color: '#003087' }, 'PayPal (stand-in)');
      title.id = 'upcart-paypal-approval-title';
      var text = el('p', { margin: '0 0 16px' }, 'Approve PayPal order ' + orderID + (params.currency ? ' in ' + params.currency : '') + '?');
      var actions = el('div', { display: 'flex', gap: '8px', flexWrap: 'wrap' });
      function action(label, primary, onClick) {
        var b = el(
          'button',
          {
            font: 'inherit',
            padding: '8px 14px',
            borderRadius: '20px',
            cursor: 'pointer',
            border: '1px solid ' + (primary ? '#ffc439' : '#cbd2d6'),
            background: primary ? '#ffc439' : '#ffffff',
            color: '#111111',
          },
          label,
        );
        b.type = 'button';
        b.addEventListener('click', function () {
          closePanel();
          onClick();
        });
        actions.appendChild(b);
        return b;
      }
      var approve = action('Approve payment', true, function () {
        stats.approvals += 1;
        var data = { orderID: orderID, payerID: 'STANDINPAYER', paymentID: null, facilitatorAccessToken: 'A21AA-stand-in', paymentSource: 'paypal' };
        Promise.resolve()
          .then(function () {
            return options.onApprove ? options.onApprove(data, { restart: function () {}, redirect: function () {} }) : undefined;
          })
          .catch(report)
          .then(function () {
            done(payButton);
          });
      });
      action('Cancel', false, function () {
        stats.cancels += 1;
        if (typeof options.onCancel === 'function') options.onCancel({ orderID: orderID }, { redirect: function () {} });
        done(payButton);
      });
      action('Fail', false, function () {
        report(new Error('The PayPal stand-in was told to fail this payment.'));
        done(payButton);
      });
      dialog.appendChild(title);
      dialog.appendChild(text);
      dialog.appendChild(actions);
      panel.appendChild(dialog);
      document.body.appendChild(panel);
      approve.focus();
    }

    function start(payButton) {
      if (busy) return;
      busy = true;
      payButton.disabled = true;
      stats.orders += 1;
      Promise.resolve()
        .then(function () {
          if (typeof options.createOrder !== 'function') throw new Error('Expected createOrder to be passed');
          return options.createOrder(
            { paymentSource: 'paypal' },
            {
              order: {
                create: function () {
                  return Promise.reject(new Error('Client-side orders are not part of the stand-in'));
                },
              },
            },
          );
        })
        .then(function (orderID) {
          if (typeof orderID !== 'string' || !orderID) throw new Error('Expected an order id to be passed');
          openPanel(orderID, payButton);
        })
        .catch(function (error) {
          report(error);
          done(payButton);
        });
    }

    return {
      isEligible: function () {
        return true;
      },
      render: function (target) {
        var container = typeof target === 'string' ? document.querySelector(target) : target;
        if (!container || typeof container.getRootNode !== 'function' || container.getRootNode() !== document) {
          return Promise.reject(new Error('Document is ready and element ' + describe(target) + ' does not exist'));
        }
        if (wrapper) return Promise.reject(new Error('Buttons already rendered'));
        stats.renders += 1;
        wrapper = el('div', { display: 'flex', flexDirection: 'column', gap: '4px', width: '100%', fontFamily: 'system-ui, sans-serif' });
        wrapper.setAttribute('data-upcart-stand-in', 'paypal-buttons');
        var colors = {
          gold: ['#ffc439', '#111111'],
          blue: ['#0070ba', '#ffffff'],
          silver: ['#eeeeee', '#111111'],
          white: ['#ffffff', '#2c2e2f'],
          black: ['#2c2e2f', '#ffffff'],
        };
        var color = colors[style.color] || colors.gold;
        var pay = el(
          'button',
          {
            font: 'inherit',
            fontWeight: '700',
            fontSize: '16px',
            height: (style.height || 45) + 'px',
            width: '100%',
            border: style.color === 'white' ? '1px solid #2c2e2f' : style.color === 'black' ? '1px solid #5c5f62' : 'none',
            cursor: 'pointer',
            borderRadius:
              style.shape === 'pill' ? '23px' : style.shape === 'sharp' ? '0' : style.borderRadius !== undefined ? style.borderRadius + 'px' : '4px',
            background: color[0],
            color: color[1],
          },
          'PayPal',
        );
        pay.type = 'button';
        pay.addEventListener('click', function () {
          start(pay);
        });
        wrapper.appendChild(pay);
        wrapper.appendChild(el('span', { fontSize: '11px', opacity: '0.7', textAlign: 'center' }, 'Stand-in for PayPal: no money moves.'));
        container.appendChild(wrapper);
        return Promise.resolve();
      },
      close: function () {
        closePanel();
        if (wrapper) wrapper.remove();
        wrapper = null;
        return Promise.resolve();
      },
    };
  }

  window.paypal = { version: 'stand-in', Buttons: Buttons };
})();
