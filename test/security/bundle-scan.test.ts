/** The built-bundle scanner (bundle-scan.mjs) catches each sink in minified code and lets only the reviewed ones pass. */
import { describe, expect, it } from 'vitest';
import { scanText } from './bundle-scan.mjs';

describe('the bundle scanner', () => {
  it.each([
    ['e.innerHTML=t', /innerHTML/],
    ['n.insertAdjacentHTML(`beforeend`,x)', /insertAdjacentHTML/],
    ['window.addEventListener(`message`,e=>{})', /message listener/],
    ['addEventListener("message",f)', /message listener/],
    ['window.postMessage({type:1},`*`)', /postMessage/],
    ['parent.postMessage(x,"*")', /postMessage/],
    ['self.onmessage=function(e){}', /onmessage/],
    ['let f=new Function("return this")', /new Function/],
    ['x=eval(s)', /eval/],
    ['browser.runtime.onMessageExternal.addListener(f)', /external/],
  ])('flags %s', (code, what) => {
    expect(scanText('a.js', code).join('\n')).toMatch(what);
  });

  it('lets a MessageChannel port and the reviewed exceptions pass, and no more', () => {
    expect(scanText('a.js', 'var re=new MessageChannel,ie=re.port2;re.port1.onmessage=T,ne=function(){ie.postMessage(null)}')).toEqual([]);
    expect(scanText('a.js', 'this.options?.noScriptStartedPostMessage||window.postMessage({type:t})')).toEqual([]);
    // The same call without WXT's guard is flagged.
    expect(scanText('a.js', 'window.postMessage({type:t.SCRIPT_STARTED_MESSAGE_TYPE})')).toHaveLength(1);
  });
});
