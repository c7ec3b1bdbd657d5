// Small page behaviour without inline scripts (the CSP forbids them).
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('select[data-autosubmit]').forEach((s) =>
    s.addEventListener('change', () => s.form.submit()));
});
// htmx requests carry the CSRF token from the page's meta tags.
document.addEventListener('htmx:configRequest', (e) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    e.detail.headers[header.content] = token.content;
  }
});
// Copy buttons: data-copy names the field whose value is copied; data-copied is the thanks shown.
document.addEventListener('click', (e) => {
  const button = e.target.closest('button[data-copy]');
  if (!button) {
    return;
  }
  const field = document.querySelector(button.dataset.copy);
  if (!field) {
    return;
  }
  field.select();
  const done = () => { button.textContent = button.dataset.copied; };
  if (navigator.clipboard) {
    navigator.clipboard.writeText(field.value).then(done, () => document.execCommand('copy') && done());
  } else if (document.execCommand('copy')) {
    done();
  }
});
