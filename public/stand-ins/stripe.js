/*
 * A local stand-in for Stripe.js, for Upcart's tests and offline demo (these machines cannot reach
 * js.stripe.com). It implements only what Upcart calls: Stripe(key), stripe.elements({ mode:
 * 'payment', amount, currency, locale, appearance }), elements.create('payment'), element.mount /
 * unmount / destroy / on / once / off, elements.update, elements.submit and stripe.confirmPayment
 * with redirect: 'if_required'. Like Stripe, it refuses to mount inside a shadow root, keeps the
 * card fields in an iframe (so they never appear in the host page's DOM) and shows its own
 * authentication modal.
 *
 * Test cards (any future expiry, any CVC):
 *   4242 4242 4242 4242  succeeds
 *   4000 0000 0000 0002  declined ("Your card was declined.")
 *   4000 0000 0000 9995  declined, insufficient funds
 *   4000 0027 6000 3184  asks for authentication (3-D Secure): complete or fail it in the modal
 * A publishable key containing "invalid" makes the element emit `loaderror`.
 *
 * Loaded as `stripe.js?fake-api=/api/fake-stripe` (the demo on the reference server), it tells the
 * server's fake Stripe how each confirmation ended, as Stripe.js tells Stripe: the fake then sends
 * the signed `payment_intent.succeeded` or `payment_intent.payment_failed` webhook.
 *
 * Plain script, no imports, CSP-friendly: no eval, no inline handlers, no innerHTML; styles are
 * set through the CSSOM. `window.__upcartStripeStandIn` counts what happened, for tests.
 */
(function () {
  'use strict';

  var stats = window.__upcartStripeStandIn;
  if (!stats) {
    stats = { loads: 0, instances: 0, mounts: 0, submits: 0, confirmations: 0, elementsOptions: null };
    window.__upcartStripeStandIn = stats;
  }
  stats.loads += 1;
  if (typeof window.Stripe === 'function') return;

  var script = document.currentScript;
  var fakeApi = script ? new URL(script.src, location.href).searchParams.get('fake-api') : null;

  /** Tells the server's fake Stripe how a confirmation ended (only with `?fake-api=`). */
  function reportOutcome(intentId, outcome) {
    if (!fakeApi || typeof fetch !== 'function') return;
    fetch(fakeApi + '/payment_intents/' + encodeURIComponent(intentId) + '/confirm', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ outcome: outcome }),
    }).catch(function () {});
  }

  var SHADOW_ROOT_MESSAGE = 'Elements cannot be mounted in a ShadowRoot. Please mount in the Light DOM.';
  var succeededSecrets = {};

  function integrationError(message) {
    var error = new Error(message);
    error.name = 'IntegrationError';
    return error;
  }

  function el(doc, tag, style, text) {
    var node = doc.createElement(tag);
    if (style) for (var key in style) node.style[key] = style[key];
    if (text) node.textContent = text;
    return node;
  }

  function digits(value) {
    return String(value || '').replace(/\D/g, '');
  }

  function luhn(number) {
    var sum = 0;
    for (var i = 0; i < number.length; i++) {
      var d = Number(number.charAt(number.length - 1 - i));
      if (i % 2 === 1) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    return sum % 10 === 0;
  }

  function checkElementsOptions(options, where) {
    if (options.currency !== undefined && !/^[a-z]{3}$/.test(options.currency)) {
      throw integrationError('Invalid value for ' + where + ': currency should be a lowercase three-letter ISO currency code, e.g. "usd".');
    }
    if (options.amount !== undefined && (typeof options.amount !== 'number' || !Number.isInteger(options.amount) || options.amount < 0)) {
      throw integrationError('Invalid value for ' + where + ': amount should be a non-negative integer in the smallest currency unit.');
    }
  }

  function Emitter() {
    this.handlers = {};
  }
  Emitter.prototype.on = function (event, handler) {
    (this.handlers[event] = this.handlers[event] || []).push({ handler: handler, once: false });
    return this;
  };
  Emitter.prototype.once = function (event, handler) {
    (this.handlers[event] = this.handlers[event] || []).push({ handler: handler, once: true });
    return this;
  };
  Emitter.prototype.off = function (event, handler) {
    var list = this.handlers[event] || [];
    this.handlers[event] = handler
      ? list.filter(function (h) {
          return h.handler !== handler;
        })
      : [];
    return this;
  };
  Emitter.prototype.emit = function (event, payload) {
    var list = (this.handlers[event] || []).slice();
    this.handlers[event] = list.filter(function (h) {
      return !h.once;
    });
    list.forEach(function (h) {
      h.handler(payload);
    });
  };

  /** The Payment Element: card fields in an iframe, like Stripe's. */
  function PaymentElement(group) {
    Emitter.call(this);
    this.group = group;
    this.wrapper = null;
    this.fields = null;
    this.destroyed = false;
  }
  PaymentElement.prototype = Object.create(Emitter.prototype);

  PaymentElement.prototype.mount = function (target) {
    if (this.destroyed) throw integrationError('This Element has already been destroyed. Please create a new one.');
    if (typeof target === 'string') target = document.querySelector(target);
    if (!target || typeof target.getRootNode !== 'function') {
      throw integrationError('Invalid DOM element. Make sure to call mount() with a valid DOM element or selector.');
    }
    if (target.getRootNode() !== document) throw integrationError(SHADOW_ROOT_MESSAGE);
    if (this.wrapper) throw integrationError('This Element is already mounted. Use `unmount()` to unmount the Element before re-mounting.');
    stats.mounts += 1;

    var self = this;
    var appearance = this.group.options.appearance || {};
    var vars = appearance.variables || {};
    var dark = appearance.theme === 'night';
    var text = vars.colorText || (dark ? '#e6e6e6' : '#30313d');
    var background = vars.colorBackground || (dark ? '#30313d' : '#ffffff');
    var radius = vars.borderRadius || '6px';
    var font = vars.fontFamily || 'system-ui, sans-serif';

    this.wrapper = el(document, 'div', { margin: '0', padding: '0', border: 'none', display: 'block', width: '100%' });
    this.wrapper.className = '__PrivateStripeElement';
    var frame = el(document, 'iframe', { border: 'none', width: '100%', height: '200px', display: 'block', colorScheme: dark ? 'dark' : 'light' });
    frame.title = 'Secure payment input frame';
    frame.name = '__privateStripeFrame' + stats.mounts;
    frame.setAttribute('allow', 'payment *');
    this.wrapper.appendChild(frame);
    target.appendChild(this.wrapper);

    var doc = frame.contentDocument;
    doc.documentElement.lang = String(this.group.options.locale || 'en');
    // The same color-scheme inside and outside keeps the iframe transparent (no white backdrop).
    doc.documentElement.style.colorScheme = dark ? 'dark' : 'light';
    var body = doc.body || doc.documentElement.appendChild(doc.createElement('body'));
    Object.assign(body.style, { margin: '0', padding: '2px', fontFamily: font, fontSize: '14px', color: text, background: 'transparent' });

    function field(labelText, name, autocomplete, placeholder, width) {
      var box = el(doc, 'label', { display: 'flex', flexDirection: 'column', gap: '4px', flex: width, minWidth: '0' });
      box.appendChild(el(doc, 'span', null, labelText));
      var input = el(doc, 'input', {
        font: 'inherit',
        color: text,
        background: background,
        border: '1px solid ' + (dark ? '#6b6c7e' : '#d5d7dc'),
        borderRadius: radius,
        padding: '8px 10px',
        minWidth: '0',
      });
      input.name = name;
      input.autocomplete = autocomplete;
      input.inputMode = 'numeric';
      input.placeholder = placeholder;
      input.addEventListener('input', function () {
        self.group.submitted = false;
        if (name === 'cardnumber')
          input.value = digits(input.value)
            .slice(0, 16)
            .replace(/(\d{4})(?=\d)/g, '$1 ');
        if (name === 'exp-date')
          input.value = digits(input.value)
            .slice(0, 4)
            .replace(/^(\d{2})(?=\d)/, '$1 / ');
        if (name === 'cvc') input.value = digits(input.value).slice(0, 4);
        error.textContent = '';
        var card = self.readCard();
        self.emit('change', { elementType: 'payment', empty: card.empty, complete: !self.validate(), value: { type: 'card' } });
      });
      box.appendChild(input);
      return { box: box, input: input };
    }

    var number = field('Card number', 'cardnumber', 'cc-number', '1234 1234 1234 1234', '1 1 100%');
    var row = el(doc, 'div', { display: 'flex', gap: '12px', marginTop: '10px' });
    var exp = field('Expiration date', 'exp-date', 'cc-exp', 'MM / YY', '1 1 0');
    var cvc = field('Security code', 'cvc', 'cc-csc', 'CVC', '1 1 0');
    row.appendChild(exp.box);
    row.appendChild(cvc.box);
    var error = el(doc, 'p', { color: dark ? '#fe87a1' : '#df1b41', margin: '8px 0 0', minHeight: '1.2em' });
    error.setAttribute('role', 'alert');
    var hint = el(
      doc,
      'p',
      { margin: '4px 0 0', fontSize: '12px', opacity: '0.75' },
      'Stand-in for Stripe. Test cards: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined, 4000 0027 6000 3184 asks for authentication.',
    );
    body.appendChild(number.box);
    body.appendChild(row);
    body.appendChild(error);
    body.appendChild(hint);
    this.fields = { number: number.input, exp: exp.input, cvc: cvc.input, error: error };
    frame.style.height = Math.max(150, doc.documentElement.scrollHeight + 4) + 'px';

    var key = this.group.stripe.key;
    setTimeout(function () {
      if (!self.wrapper) return;
      if (/invalid/i.test(key)) {
        self.emit('loaderror', {
          elementType: 'payment',
          error: { type: 'invalid_request_error', message: 'Invalid API Key provided: ' + key.slice(0, 8) + '*****' },
        });
      } else {
        self.emit('ready', { elementType: 'payment' });
      }
    }, 0);
  };

  PaymentElement.prototype.unmount = function () {
    if (this.wrapper) this.wrapper.remove();
    this.wrapper = null;
    this.fields = null;
  };

  PaymentElement.prototype.destroy = function () {
    this.unmount();
    this.destroyed = true;
    if (this.group.element === this) this.group.element = null;
  };

  PaymentElement.prototype.readCard = function () {
    var f = this.fields;
    if (!f) return { number: '', exp: '', cvc: '', empty: true };
    var card = { number: digits(f.number.value), exp: digits(f.exp.value), cvc: digits(f.cvc.value) };
    card.empty = !card.number && !card.exp && !card.cvc;
    return card;
  };

  /** Stripe's validation message for the fields, or '' when they are complete. */
  PaymentElement.prototype.validate = function () {
    var card = this.readCard();
    if (card.number.length < 16) return 'Your card number is incomplete.';
    if (!luhn(card.number)) return 'Your card number is invalid.';
    if (card.exp.length < 4) return "Your card's expiration date is incomplete.";
    var month = Number(card.exp.slice(0, 2));
    var year = 2000 + Number(card.exp.slice(2));
    if (month < 1 || month > 12) return "Your card's expiration date is invalid.";
    var now = new Date();
    if (year < now.getFullYear() || (year === now.getFullYear() && month < now.getMonth() + 1)) {
      return "Your card's expiration year is in the past.";
    }
    if (card.cvc.length < 3) return "Your card's security code is incomplete.";
    return '';
  };

  function Elements(stripe, options) {
    Emitter.call(this);
    this.stripe = stripe;
    this.options = Object.assign({}, options);
    this.element = null;
    this.submitted = false;
    stats.elementsOptions = Object.assign({}, this.options);
  }
  Elements.prototype = Object.create(Emitter.prototype);

  Elements.prototype.create = function (type) {
    if (type !== 'payment') throw integrationError('The Upcart stand-in only implements the "payment" Element, not "' + type + '".');
    if (this.element) throw integrationError('Can only create one Element of type payment.');
    this.element = new PaymentElement(this);
    return this.element;
  };

  Elements.prototype.getElement = function (type) {
    return type === 'payment' ? this.element : null;
  };

  Elements.prototype.update = function (options) {
    checkElementsOptions(options || {}, 'elements.update()');
    Object.assign(this.options, options);
    stats.elementsOptions = Object.assign({}, this.options);
    var self = this;
    return Promise.resolve().then(function () {
      self.emit('update-end');
    });
  };

  Elements.prototype.submit = function () {
    stats.submits += 1;
    var element = this.element;
    if (!element || !element.fields) {
      return Promise.resolve({ error: { type: 'validation_error', message: 'The Payment Element is not mounted.' } });
    }
    var message = element.validate();
    element.fields.error.textContent = message;
    this.submitted = !message;
    if (message) {
      var code = /number/.test(message) ? 'incomplete_number' : /expiration/.test(message) ? 'incomplete_expiry' : 'incomplete_cvc';
      return Promise.resolve({ error: { type: 'validation_error', code: code, message: message } });
    }
    return Promise.resolve({ selectedPaymentMethod: 'card' });
  };

  function authenticate(amount, currency) {
    return new Promise(function (resolve) {
      var overlay = el(document, 'div', {
        position: 'fixed',
        inset: '0',
        background: 'rgb(0 0 0 / 0.45)',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        zIndex: '2147483647',
        fontFamily: 'system-ui, sans-serif',
      });
      overlay.setAttribute('data-upcart-stand-in', 'stripe-3ds');
      var dialog = el(document, 'div', {
        background: '#ffffff',
        color: '#30313d',
        borderRadius: '8px',
        padding: '20px 24px',
        maxWidth: '360px',
        boxShadow: '0 10px 30px rgb(0 0 0 / 0.3)',
      });
      dialog.setAttribute('role', 'dialog');
      dialog.setAttribute('aria-modal', 'true');
      dialog.setAttribute('aria-labelledby', 'upcart-stripe-3ds-title');
      var title = el(document, 'h2', { fontSize: '18px', margin: '0 0 8px' }, '3D Secure authentication (stand-in)');
      title.id = 'upcart-stripe-3ds-title';
      var amountText = (amount / 100).toFixed(2) + ' ' + String(currency || '').toUpperCase();
      var text = el(document, 'p', { margin: '0 0 16px' }, 'Your bank asks you to confirm a payment of ' + amountText + '.');
      var actions = el(document, 'div', { display: 'flex', gap: '8px', flexWrap: 'wrap' });
      function button(label, ok, primary) {
        var b = el(
          document,
          'button',
          {
            font: 'inherit',
            padding: '8px 14px',
            borderRadius: '6px',
            cursor: 'pointer',
            border: '1px solid ' + (primary ? '#635bff' : '#d5d7dc'),
            background: primary ? '#635bff' : '#ffffff',
            color: primary ? '#ffffff' : '#30313d',
          },
          label,
        );
        b.type = 'button';
        b.addEventListener('click', function () {
          overlay.remove();
          resolve(ok);
        });
        actions.appendChild(b);
        return b;
      }
      var complete = button('Complete authentication', true, true);
      button('Fail authentication', false, false);
      dialog.appendChild(title);
      dialog.appendChild(text);
      dialog.appendChild(actions);
      overlay.appendChild(dialog);
      document.body.appendChild(overlay);
      complete.focus();
    });
  }

  function Stripe(publishableKey, options) {
    if (!(this instanceof Stripe)) return new Stripe(publishableKey, options);
    if (typeof publishableKey !== 'string' || !publishableKey) {
      throw integrationError('Please call Stripe() with your publishable key. You used an empty string.');
    }
    stats.instances += 1;
    this.key = publishableKey;
    this.options = options || {};
  }

  Stripe.prototype.elements = function (options) {
    options = options || {};
    if (options.mode !== 'payment') throw integrationError('The Upcart stand-in only implements elements({ mode: "payment" }).');
    if (options.amount === undefined || options.currency === undefined) {
      throw integrationError('In mode "payment", elements() needs amount and currency.');
    }
    checkElementsOptions(options, 'elements()');
    return new Elements(this, options);
  };

  Stripe.prototype.confirmPayment = function (params) {
    stats.confirmations += 1;
    params = params || {};
    var group = params.elements;
    var secret = params.clientSecret;
    var at = typeof secret === 'string' ? secret.lastIndexOf('_secret_') : -1;
    if (!/^pi_/.test(String(secret)) || at < 0) {
      return Promise.reject(integrationError('Invalid value for confirmPayment(): clientSecret should be a client secret of the form ${id}_secret_${secret}.'));
    }
    if (params.redirect !== 'if_required') {
      return Promise.reject(integrationError('The Upcart stand-in cannot redirect: call confirmPayment with redirect: "if_required".'));
    }
    if (!(group instanceof Elements) || !group.element || !group.element.fields) {
      return Promise.reject(integrationError('Invalid value for confirmPayment(): elements should be an Elements group with a mounted Payment Element.'));
    }
    var intent = { id: secret.slice(0, at), object: 'payment_intent', amount: group.options.amount, currency: group.options.currency, client_secret: secret };
    function fail(error) {
      reportOutcome(intent.id, 'failed');
      intent.status = 'requires_payment_method';
      error.payment_intent = intent;
      return { error: error };
    }
    function succeed() {
      reportOutcome(intent.id, 'succeeded');
      succeededSecrets[secret] = true;
      intent.status = 'succeeded';
      return { paymentIntent: intent };
    }
    if (succeededSecrets[secret]) {
      return Promise.resolve({
        error: {
          type: 'invalid_request_error',
          code: 'payment_intent_unexpected_state',
          message: 'You cannot confirm this PaymentIntent because it has already succeeded after being previously confirmed.',
        },
      });
    }
    if (!group.submitted) {
      return Promise.resolve({
        error: {
          type: 'invalid_request_error',
          message:
            'elements.submit() must be called before stripe.confirmPayment(). Call elements.submit() as soon as your customer presses pay, prior to any asynchronous work.',
        },
      });
    }
    // Each confirmation needs a fresh submit(), as with Stripe.
    group.submitted = false;
    var number = group.element.readCard().number;
    var delay = new Promise(function (resolve) {
      setTimeout(resolve, 30);
    });
    return delay.then(function () {
      if (number === '4000000000000002') {
        return fail({ type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' });
      }
      if (number === '4000000000009995') {
        return fail({ type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' });
      }
      if (number === '4000002760003184') {
        return authenticate(group.options.amount, group.options.currency).then(function (ok) {
          if (ok) return succeed();
          return fail({
            type: 'invalid_request_error',
            code: 'payment_intent_authentication_failure',
            message: 'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
          });
        });
      }
      return succeed();
    });
  };

  // The release train @stripe/stripe-js 10 expects, so loadStripe() does not warn about a mismatch.
  Stripe.version = 'endive';
  window.Stripe = Stripe;
})();
