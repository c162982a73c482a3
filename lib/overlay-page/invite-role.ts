import { inviteRoleChoices } from './selectors';

// Chooses a role in the dashboard's own invitation form, as the person would: the option (or
// radio) naming that role is selected and the page hears `input` and `change`, so its framework
// keeps the value. Nothing is submitted: the person checks the form and sends it.

/** Selects `role` in the form of `field`; false when the form offers no choice naming it. */
export function chooseInviteRole(field: HTMLInputElement, role: string): boolean {
  const choice = inviteRoleChoices(field).find(([, named]) => named === role)?.[0];
  if (!choice) return false;
  const control = choice.localName === 'option' ? selectOf(choice) : choice;
  if (!control) return false;
  if (choice.localName === 'option') (control as HTMLSelectElement).value = (choice as HTMLOptionElement).value;
  else (choice as HTMLInputElement).checked = true;
  const view = field.ownerDocument.defaultView;
  for (const type of ['input', 'change'])
    control.dispatchEvent(new (view?.Event ?? Event)(type, { bubbles: true, composed: true }));
  return true;
}

/** Whether the form of `field` offers a choice naming `role`. */
export const canChooseInviteRole = (field: HTMLInputElement, role: string): boolean =>
  inviteRoleChoices(field).some(([, named]) => named === role);

/** The list an option belongs to (through an optgroup, if any). */
function selectOf(option: Element): Element | null {
  let el = option.parentElement;
  while (el && el.localName !== 'select') el = el.parentElement;
  return el;
}
