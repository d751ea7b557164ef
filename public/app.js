// Copy button for the permalink (no inline handlers: the CSP forbids them).
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-copy]');
  if (!button) return;
  const field = document.querySelector(button.dataset.copy);
  if (!field) return;
  navigator.clipboard?.writeText(new URL(field.value, location.href).href);
  button.textContent = 'Copied';
});

// Classroom: arrow keys follow the prev/next links.
document.addEventListener('keydown', (event) => {
  if (!document.querySelector('[data-classroom]')) return;
  if (event.target.closest && event.target.closest('input, textarea, select')) return;
  const rel = event.key === 'ArrowRight' ? 'next' : event.key === 'ArrowLeft' ? 'prev' : null;
  const link = rel && document.querySelector(`a[rel="${rel}"]`);
  if (link) location.href = link.href;
});

// Drag and drop of files onto the compare form fills its file input.
document.addEventListener('DOMContentLoaded', () => {
  const zone = document.querySelector('.dropzone');
  const input = zone && zone.querySelector('input[type="file"]');
  if (!input) return;
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('dragover'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragover'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('dragover');
    if (e.dataTransfer && e.dataTransfer.files.length) input.files = e.dataTransfer.files;
  });
});
