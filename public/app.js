// Copy button for the permalink and the edit links (no inline handlers: the CSP forbids them).
// Success is reported only when the clipboard took the text: on plain http there is no
// navigator.clipboard, and writeText rejects without permission. Then the link is selected, with a
// hint to copy it by hand. The label comes back after a few seconds, ready for another copy.
const copyResetMs = 4000;
document.addEventListener('click', async (event) => {
  const button = event.target.closest('[data-copy]');
  if (!button) return;
  const field = document.querySelector(button.dataset.copy);
  if (!field) return;
  button.dataset.label ??= button.textContent;
  const url = new URL(field.value, location.href).href;
  let copied = false;
  try {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      await navigator.clipboard.writeText(url);
      copied = true;
    }
  } catch {
    copied = false;
  }
  if (!copied) {
    field.value = url;
    field.focus();
    field.select();
  }
  const message = copied ? 'Copied' : /Mac|iP(hone|ad)/.test(navigator.platform) ? 'Selected: press ⌘C to copy' : 'Selected: press Ctrl+C to copy';
  if (copied) button.textContent = 'Copied';
  // Said once in a live region too, since a changed button label is not announced.
  let status = button.nextElementSibling;
  if (!status || !status.classList.contains('copy-status')) {
    status = document.createElement('span');
    status.className = 'copy-status hint';
    status.setAttribute('role', 'status');
    button.after(status);
  }
  status.textContent = copied ? ' Copied to the clipboard.' : ` ${message}`;
  clearTimeout(button.copyReset);
  button.copyReset = setTimeout(() => {
    button.textContent = button.dataset.label;
    status.textContent = '';
  }, copyResetMs);
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
