/**
 * A typed client over the protocol. It takes the transport as a parameter (browser.runtime.sendMessage
 * in the extension, a direct call in tests), so it stays free of `browser.*`. The answer's type
 * comes from the request's `output` in lib/protocol.ts: the caller does not choose it.
 */
import type { Envelope, RequestOutput, Result } from './protocol';

export type Transport = (message: Envelope) => Promise<unknown>;

export class ProtocolError extends Error {}

export type Request = <M extends Envelope>(message: M) => Promise<RequestOutput<M['type']>>;

export function createClient(send: Transport): Request {
  return async function request<M extends Envelope>(message: M): Promise<RequestOutput<M['type']>> {
    const res = (await send(message)) as Result<RequestOutput<M['type']>> | undefined;
    if (!res || typeof res !== 'object') throw new ProtocolError(`no answer to ${message.type}`);
    if (!res.ok) throw new ProtocolError(res.error);
    return res.data;
  };
}
