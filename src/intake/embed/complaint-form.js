/*
 * The complaint form, embedded on an organisation's own website:
 *   <div data-complaint-form="SLUG" data-lang="nl"></div>
 *   <script src="https://HOST/api/complaints/complaint-form.js" defer></script>
 * Renders into a shadow root, so the host page's styles and the form's never touch. Plain
 * JavaScript without dependencies; every check here is repeated on the server.
 */
;(function () {
  'use strict'
  var script = document.currentScript || document.querySelector('script[src*="complaint-form.js"]')
  // The script is served beside the form's endpoints: whatever the API route and the collection's slug.
  var api = new URL('.', new URL(script ? script.src : location.href, location.href)).href
  // The hosted form's address, filled in by the server that serves this script.
  var HOSTED = /*hosted form*/ ''
  var FALLBACK = {
    nl: {
      loading: 'Het klachtenformulier wordt geladen…',
      failed: 'Het klachtenformulier kon hier niet worden geladen.',
      hosted: 'Vul het klachtenformulier in op onze klachtenpagina',
    },
    en: {
      loading: 'Loading the complaint form…',
      failed: 'The complaint form could not be loaded here.',
      hosted: 'Fill in the complaint form on our complaints page',
    },
  }
  var CSS =
    ':host{all:initial;display:block}' +
    '.cf{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b;background:#fff;max-width:42em;padding:4px}' +
    '.cf *,.cf *::before,.cf *::after{box-sizing:border-box}' +
    'h2{font-size:1.5em;line-height:1.25;margin:0 0 .5em}h3{font-size:1.125em;margin:0 0 .5em}p{margin:0 0 1em}' +
    '.field,fieldset{margin:0 0 1.25em}fieldset{border:0;padding:0;min-width:0}' +
    'label,legend{display:block;font-weight:600;margin:0 0 .25em;padding:0}.req{font-weight:400}' +
    '.help{color:#454545;margin:0 0 .25em;font-size:.95em}' +
    'input,textarea,select{width:100%;font:inherit;color:inherit;background:#fff;padding:.5em;border:2px solid #454545;border-radius:4px}' +
    'textarea{min-height:8em;resize:vertical}input[type=file]{border-style:dashed}' +
    '.check{display:flex;gap:.6em;align-items:flex-start}.check input{width:1.25em;height:1.25em;margin:.15em 0 0;flex:none}.check label{font-weight:400}' +
    ':focus{outline:3px solid #0b4fb3;outline-offset:2px}[aria-invalid=true]{border-color:#b3261e}' +
    '.error{color:#b3261e;font-weight:600;margin:0 0 .25em}' +
    '.summary{border:4px solid #b3261e;padding:1em;margin:0 0 1.5em}.summary ul{margin:0;padding-left:1.25em}' +
    'a{color:#0b4fb3}button{font:inherit;font-weight:600;padding:.6em 1.25em;border:0;border-radius:4px;background:#1b5e20;color:#fff;cursor:pointer}' +
    'button[disabled]{background:#5f6368;cursor:progress}.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}' +
    '.success{border:4px solid #1b5e20;padding:1em}.reference{font-size:1.5em;font-weight:700}'

  /** An element with attributes and children; text is always set as text, never as HTML. */
  function el(tag, attrs, children) {
    var node = document.createElement(tag)
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name]
      if (value === false || value === null || value === undefined) return
      if (name === 'text') node.textContent = value
      else node.setAttribute(name, value === true ? '' : String(value))
    })
    ;(children || []).forEach(function (child) {
      if (child) node.appendChild(child)
    })
    return node
  }

  function fill(text, params) {
    return String(text).replace(/\{(\w+)\}/g, function (all, name) {
      return params && params[name] !== undefined ? String(params[name]) : all
    })
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID()
    var bytes = new Uint8Array(16)
    crypto.getRandomValues(bytes)
    return Array.prototype.map
      .call(bytes, function (b) {
        return ('0' + b.toString(16)).slice(-2)
      })
      .join('')
  }

  function today() {
    var now = new Date()
    return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10)
  }

  function control(field, lang, id, describedBy) {
    var common = {
      id: id,
      name: field.name,
      'aria-describedby': describedBy,
      'aria-required': field.required ? 'true' : false,
    }
    if (field.kind === 'textarea')
      return el('textarea', Object.assign(common, { maxlength: field.maxLength, rows: 6 }))
    if (field.kind === 'select') {
      return el(
        'select',
        common,
        field.options.map(function (option) {
          return el('option', { value: option.value, text: option.label[lang] })
        }),
      )
    }
    if (field.kind === 'checkbox')
      return el('input', Object.assign(common, { type: 'checkbox', value: 'true' }))
    var type =
      { text: 'text', email: 'email', tel: 'tel', date: 'date', file: 'file' }[field.kind] || 'text'
    return el(
      'input',
      Object.assign(common, {
        type: type,
        maxlength: field.maxLength,
        autocomplete: field.autocomplete,
        max: type === 'date' ? today() : false,
        multiple: type === 'file',
        accept: type === 'file' ? field.accept : false,
      }),
    )
  }

  function fieldBlock(field, lang, texts, schema) {
    var id = 'cf-' + field.name
    var helpId = field.help ? id + '-help' : null
    var errorId = id + '-error'
    var input = control(
      Object.assign({ accept: schema.attachments.accept }, field),
      lang,
      id,
      [helpId, errorId].filter(Boolean).join(' '),
    )
    var label = el('label', { for: id, text: field.label[lang] + (field.required ? ' ' : '') }, [
      field.required ? el('span', { class: 'req', text: texts['form.required'] }) : null,
    ])
    var help = helpId ? el('p', { id: helpId, class: 'help', text: field.help[lang] }) : null
    var error = el('p', { id: errorId, class: 'error', hidden: true })
    if (field.kind === 'checkbox')
      return el('div', { class: 'field' }, [
        error,
        el('div', { class: 'check' }, [input, label]),
        help,
      ])
    return el('div', { class: 'field' }, [label, help, error, input])
  }

  /** A client's field is asked only of someone who complains on behalf of a client. */
  function asked(form, field) {
    return !field.forClient || !form.clientSet || !form.clientSet.hidden
  }

  /** Shows the client's fields when the role chosen complains for a client, hides them otherwise. */
  function followRole(form, schema) {
    var role = form.inputs.role
    if (!role || !form.clientSet) return
    form.clientSet.hidden = (schema.rolesForClient || []).indexOf(role.value) < 0
  }

  function checkLocally(form, schema, texts) {
    var errors = []
    var add = function (field, rule, params) {
      var label =
        field === 'contact'
          ? texts['field.contact']
          : schema.fields.filter(function (f) {
              return f.name === field
            })[0].label[form.lang]
      errors.push({ field: field, message: label + ': ' + fill(texts['rule.' + rule], params) })
    }
    schema.fields.forEach(function (field) {
      if (!asked(form, field)) return
      var input = form.inputs[field.name]
      var value =
        field.kind === 'file'
          ? input.files.length
          : field.kind === 'checkbox'
            ? input.checked
            : input.value.trim()
      if (field.required && !value)
        return add(field.name, field.kind === 'file' ? 'attachmentsRequired' : 'required')
      if (field.kind === 'email' && value && !/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value))
        add(field.name, 'emailInvalid')
      if (field.kind === 'date' && value && value > today())
        add(field.name, 'dateInFuture', { today: today() })
      if (field.kind === 'file') {
        var files = Array.prototype.slice.call(input.files)
        var caps = schema.attachments
        if (files.length > caps.maxFiles)
          add(field.name, 'tooManyFiles', { max: caps.maxFiles, count: files.length })
        files.forEach(function (file) {
          if (file.size > caps.maxFileBytes)
            add(field.name, 'fileTooLarge', {
              name: file.name,
              maxMb: Math.round(caps.maxFileBytes / 104857.6) / 10,
            })
        })
      }
    })
    var contact = schema.fields.filter(function (f) {
      return f.contact
    })
    if (
      schema.contactRequired &&
      !contact.some(function (f) {
        return form.inputs[f.name].value.trim()
      })
    )
      add('contact', 'contactRequired')
    return errors
  }

  function showErrors(form, errors, title) {
    Object.keys(form.inputs).forEach(function (name) {
      form.inputs[name].removeAttribute('aria-invalid')
      var inline = form.root.getElementById('cf-' + name + '-error')
      inline.hidden = true
      inline.textContent = ''
    })
    var items = errors.map(function (error) {
      var target = form.inputs[error.field === 'contact' ? 'email' : error.field]
      if (!target) return el('li', { text: error.message })
      target.setAttribute('aria-invalid', 'true')
      var inline = form.root.getElementById(target.id + '-error')
      inline.textContent = (inline.textContent ? inline.textContent + ' ' : '') + error.message
      inline.hidden = false
      var link = el('a', { href: '#' + target.id, text: error.message })
      link.addEventListener('click', function (event) {
        event.preventDefault()
        target.focus()
      })
      return el('li', {}, [link])
    })
    var summary = form.summary
    summary.textContent = ''
    summary.appendChild(el('h3', { id: 'cf-summary-title', text: title }))
    summary.appendChild(el('ul', {}, items))
    summary.hidden = false
    summary.focus()
  }

  function showReceipt(form, body) {
    var texts = form.texts
    var title = el('h2', { tabindex: '-1', text: texts['form.successTitle'] })
    var panel = el('div', { class: 'success', role: 'status' }, [
      title,
      el('p', { text: texts['form.successReference'] }, []),
      el('p', { class: 'reference', 'data-reference': body.reference, text: body.reference }),
      el('p', { text: texts['form.successStatus'] }),
      el('p', {}, [
        el('a', {
          href: body.statusUrl,
          'data-status-link': true,
          text: texts['form.successStatusLink'],
        }),
      ]),
    ])
    form.element.replaceWith(panel)
    form.summary.hidden = true
    title.focus()
  }

  var RETRIES = 5

  /** Waits as the server asked (Retry-After, in seconds), 5 seconds when it did not say, 30 at most. */
  function later(retryAfter) {
    var seconds = Math.min(30, Math.max(1, Number(retryAfter) || 5))
    return new Promise(function (resolve) {
      setTimeout(resolve, seconds * 1000)
    })
  }

  function send(form, schema) {
    var texts = form.texts
    var data = new FormData()
    data.append('regulation', schema.slug)
    data.append('lang', form.lang)
    schema.fields.forEach(function (field) {
      if (!asked(form, field)) return
      var input = form.inputs[field.name]
      if (field.kind === 'file')
        Array.prototype.forEach.call(input.files, function (file) {
          data.append('attachments', file, file.name)
        })
      else if (field.kind === 'checkbox') data.append(field.name, input.checked ? 'true' : 'false')
      else if (input.value.trim()) data.append(field.name, input.value)
    })
    data.append(schema.honeypot.name, form.honeypot.value)
    form.button.disabled = true
    form.button.textContent = texts['form.sending']
    form.live.textContent = texts['form.sending']
    // While the server cannot store (503) or cannot be reached, try again by itself, with the
    // same idempotency key: the complaint is stored once however many attempts reach it.
    function attempt(triesLeft) {
      return fetch(schema.submitUrl, {
        method: 'POST',
        body: data,
        credentials: 'omit',
        headers: { 'Idempotency-Key': form.key, Accept: 'application/json' },
      }).then(
        function (response) {
          if (response.status === 503 && triesLeft > 0)
            return later(response.headers.get('Retry-After')).then(function () {
              return attempt(triesLeft - 1)
            })
          return response
        },
        function (error) {
          if (triesLeft > 0)
            return later(null).then(function () {
              return attempt(triesLeft - 1)
            })
          throw error
        },
      )
    }
    return attempt(RETRIES)
      .then(function (response) {
        return response.json().then(function (body) {
          if (response.ok) return showReceipt(form, body)
          var errors = body.errors || [
            { field: null, message: body.message || texts['form.networkError'] },
          ]
          showErrors(form, errors, fill(texts['form.errorSummary'], { count: errors.length }))
        })
      })
      .catch(function () {
        showErrors(
          form,
          [{ field: null, message: texts['form.networkError'] }],
          fill(texts['form.errorSummary'], { count: 1 }),
        )
      })
      .then(function () {
        form.button.disabled = false
        form.button.textContent = texts['form.submit']
        form.live.textContent = ''
      })
  }

  function render(wrapper, root, schema, lang) {
    var texts = schema.texts[lang]
    var summary = el('div', {
      class: 'summary',
      tabindex: '-1',
      role: 'alert',
      'aria-labelledby': 'cf-summary-title',
      hidden: true,
    })
    var element = el('form', { novalidate: true, 'aria-labelledby': 'cf-title' })
    var form = {
      root: root,
      lang: lang,
      texts: texts,
      element: element,
      summary: summary,
      inputs: {},
      key: newKey(),
    }
    var contactSet = null
    schema.fields.forEach(function (field) {
      var block = fieldBlock(field, lang, texts, schema)
      form.inputs[field.name] = block.querySelector('[name="' + field.name + '"]')
      if (field.forClient) {
        // Right after the role: who the complaint is about, when someone complains for them.
        if (!form.clientSet) {
          form.clientSet = el(
            'fieldset',
            { id: 'cf-client', 'aria-describedby': 'cf-client-help' },
            [
              el('legend', { text: texts['form.clientLegend'] }),
              el('p', { id: 'cf-client-help', class: 'help', text: texts['form.clientHelp'] }),
            ],
          )
          element.appendChild(form.clientSet)
        }
        return form.clientSet.appendChild(block)
      }
      if (!field.contact || !schema.contactRequired) return element.appendChild(block)
      if (!contactSet) {
        contactSet = el('fieldset', { 'aria-describedby': 'cf-contact-help' }, [
          el('legend', { text: texts['form.contactLegend'] }),
          el('p', { id: 'cf-contact-help', class: 'help', text: texts['form.contactHelp'] }),
        ])
        element.appendChild(contactSet)
      }
      contactSet.appendChild(block)
    })
    if (form.inputs.role && form.clientSet) {
      form.inputs.role.setAttribute('aria-controls', 'cf-client')
      form.inputs.role.addEventListener('change', function () {
        followRole(form, schema)
      })
      followRole(form, schema)
    }
    form.honeypot = el('input', {
      id: 'cf-hp',
      name: schema.honeypot.name,
      type: 'text',
      tabindex: '-1',
      autocomplete: 'off',
    })
    element.appendChild(
      el('div', { class: 'hp', 'aria-hidden': 'true' }, [
        el('label', { for: 'cf-hp', text: schema.honeypot.label[lang] }),
        form.honeypot,
      ]),
    )
    form.live = el('p', { role: 'status', class: 'help' })
    form.button = el('button', { type: 'submit', text: texts['form.submit'] })
    element.appendChild(form.live)
    element.appendChild(form.button)
    element.addEventListener('submit', function (event) {
      event.preventDefault()
      if (form.button.disabled) return
      var errors = checkLocally(form, schema, texts)
      if (errors.length)
        return showErrors(form, errors, fill(texts['form.errorSummary'], { count: errors.length }))
      send(form, schema)
    })
    wrapper.textContent = ''
    wrapper.appendChild(el('h2', { id: 'cf-title', text: texts['form.title'] }))
    wrapper.appendChild(el('p', { text: schema.name + ' — ' + schema.summary[lang] }))
    wrapper.appendChild(
      el('p', {}, [el('a', { href: schema.regulationUrl, text: texts['form.regulationLink'] })]),
    )
    wrapper.appendChild(el('p', { text: texts['form.intro'] }))
    wrapper.appendChild(el('p', { class: 'help', text: schema.privacy[lang] }))
    wrapper.appendChild(summary)
    wrapper.appendChild(element)
  }

  function mount(host) {
    if (host.shadowRoot) return
    var lang = host.getAttribute('data-lang') === 'en' ? 'en' : 'nl'
    var slug = host.getAttribute('data-complaint-form') || ''
    var root = host.attachShadow({ mode: 'open' })
    var wrapper = el('div', { class: 'cf', lang: lang }, [
      el('p', { role: 'status', text: FALLBACK[lang].loading }),
    ])
    root.appendChild(el('style', { text: CSS }))
    root.appendChild(wrapper)
    fetch(api + 'form/' + encodeURIComponent(slug) + '?lang=' + lang, { credentials: 'omit' })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status))
        return response.json()
      })
      .then(function (schema) {
        render(wrapper, root, schema, lang)
      })
      .catch(function (error) {
        // Most often this site is not among the origins the form accepts: the browser then blocks
        // the answer. The complainant gets the hosted form; the web editor a warning that says why.
        var hosted = HOSTED + encodeURIComponent(slug) + (lang === 'en' ? '?lang=en' : '')
        if (window.console)
          console.warn(
            'complaint-form.js: the form "' +
              slug +
              '" could not be loaded from ' +
              api +
              ' on ' +
              location.origin +
              ' (' +
              (error && error.message) +
              '). Is ' +
              location.origin +
              ' among the origins the complaints plugin allows ' +
              '(intake.allowedOrigins, COMPLAINT_FORM_ORIGINS)? Complainants are sent to ' +
              hosted,
          )
        wrapper.textContent = ''
        wrapper.appendChild(
          el('p', { role: 'alert' }, [
            document.createTextNode(FALLBACK[lang].failed + ' '),
            HOSTED ? el('a', { href: hosted, text: FALLBACK[lang].hosted + '.' }) : null,
          ]),
        )
      })
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-complaint-form]'), mount)
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
