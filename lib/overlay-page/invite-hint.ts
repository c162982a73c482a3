import type { InviteAdvice } from '../overlay-advice/types';
import { canChooseInviteRole, chooseInviteRole } from './invite-role';
import { el, hostIn } from './shadow';
import { onTrusted } from './trusted';

// The role advice shown under the invitation form's e-mail field: the suggested role and why,
// and a button choosing that role in the form (invite-role.ts). The person still sends the form.

export const HINT_TAG = 'sar-invite-hint';

const STYLE = `
:host { display: block; margin: 0.4em 0; }
.hint { border-left: 3px solid #3558d6; background: #f2f5fd; padding: 0.4em 0.7em; }
p { margin: 0.1em 0; }
ul { margin: 0.2em 0; padding-left: 1.2em; }
`;

export function showInviteHint(field: HTMLInputElement, advice: InviteAdvice): void {
  const shadow = hostIn(field, HINT_TAG, STYLE, 'after');
  const host = shadow.host as HTMLElement;
  host.dataset.role = advice.role;
  const doc = field.ownerDocument;
  shadow.querySelector('.hint')?.remove();
  const box = el(doc, 'div', undefined, 'hint');
  box.setAttribute('role', 'note');
  const reasons = el(doc, 'ul');
  for (const r of advice.reasons) reasons.append(el(doc, 'li', r));
  box.append(el(doc, 'p', advice.headline), reasons);
  if (canChooseInviteRole(field, advice.role)) {
    const use = el(doc, 'button', advice.useRole, 'use');
    use.type = 'button';
    const done = el(doc, 'p', undefined, 'done');
    done.setAttribute('role', 'status');
    onTrusted(use, 'click', () => {
      if (chooseInviteRole(field, advice.role)) done.textContent = advice.useRoleDone;
    });
    box.append(use, done);
  }
  shadow.append(box);
}
