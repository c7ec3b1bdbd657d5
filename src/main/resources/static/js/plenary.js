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
