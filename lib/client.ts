/**
 * A typed client over the protocol. It takes the transport as a parameter (browser.runtime.sendMessage
 * in the extension, a direct call in tests), so it stays free of `browser.*`.
 */
import type { Envelope, RequestType, Result } from './protocol';

export type Transport = (message: Envelope) => Promise<unknown>;

export class ProtocolError extends Error {}

export function createClient(send: Transport) {
  return async function request<T = unknown>(message: Envelope & { type: RequestType }): Promise<T> {
    const res = (await send(message)) as Result<T> | undefined;
    if (!res || typeof res !== 'object') throw new ProtocolError(`no answer to ${message.type}`);
    if (!res.ok) throw new ProtocolError(res.error);
    return res.data;
  };
}
