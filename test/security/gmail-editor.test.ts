// @vitest-environment happy-dom
/**
 * Gmail: addresses inside the draft or the quoted text are not recipients (SECURITY.md). A sender
 * could otherwise plant an address with any display name in a message the user replies to.
 */
import { describe, expect, it } from 'vitest';
import { gmail } from '../../lib/sites/gmail/index';

const compose = (body: string) => `<div class="M9"><div class="anm" name="to"><div role="listbox">
  <div role="option" data-hovercard-id="hans.mueller@muellerbau-technik.de" data-name="Hans Müller"></div></div></div>
  <input name="subjectbox" value="Angebot">
  <div g_editable="true" contenteditable="true">${body}</div></div>`;

describe('gmail recipients', () => {
  it('ignores addresses in the editor and in quoted text', () => {
    document.body.innerHTML = compose(`Hi Hans,<br>
      <span email="planted@evil.example" name="Accounts: new bank details at https://evil.example">x</span>
      <div role="option" data-hovercard-id="chip@evil.example" data-name="Evil"></div>
      <div class="gmail_quote"><span email="quoted@evil.example" name="Quoted">q</span></div>`);
    const c = gmail.findComposes(document)[0];
    const emails = gmail.readCompose(c, document).recipients.map((r) => r.email);
    expect(emails).toEqual(['hans.mueller@muellerbau-technik.de']);
  });
});
