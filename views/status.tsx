// How a unit status reads on every page: a label and an icon, so status is never told by colour alone.
import type { UnitStatus } from '../src/core/model.js';

export const statusLabel: Record<UnitStatus, { icon: string; label: string }> = {
  agreement: { icon: '✓', label: 'Agreement' },
  framing: { icon: '≠', label: 'Framing difference' },
  omission: { icon: '○', label: 'Omission' },
  exclusive: { icon: '◆', label: 'Only one outlet' },
};

export function StatusBadge(props: { status: UnitStatus }) {
  const s = statusLabel[props.status];
  return (
    <span class={`badge ${props.status}`}>
      <span aria-hidden="true">{s.icon}</span> {s.label}
    </span>
  );
}
