// Copy button for the permalink (no inline handlers: the CSP forbids them).
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-copy]');
  if (!button) return;
  const field = document.querySelector(button.dataset.copy);
  if (!field) return;
  navigator.clipboard?.writeText(new URL(field.value, location.href).href);
  button.textContent = 'Copied';
});
