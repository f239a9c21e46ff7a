// The typed protocol between the content script, the background and the popup/options pages,
// split by receiver (to-background.ts, to-content.ts): each receiver serves a table of handlers
// for its own messages only. `ask` types the round trip. The transport
// (browser.runtime.sendMessage / tabs.sendMessage) is passed in, so this stays pure.

import type { ToBackground } from './to-background';
import type { ToContent } from './to-content';

export type { Settings } from '../settings';
export type { StoreStatus } from '../store';
export type { FirstPageLimits, TimelineFirstPage, ToBackground } from './to-background';
export type { ToContent } from './to-content';

/** Every message, whoever receives it. */
export type Protocol = ToBackground & ToContent;
export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = { type: T } & Protocol[T]['req'];
export type Reply<T extends MessageType> = Protocol[T]['res'];

export interface Sender {
  tabId?: number;
  url?: string;
}

/** A receiver's handler table: one function per message type of its protocol `P`. */
export type Handlers<P extends Partial<Protocol>> = {
  [K in keyof P & MessageType]: (message: Message<K>, sender: Sender) => Promise<Reply<K>> | Reply<K>;
};

/** Messages come from other contexts: one of the types `handlers` serves, or not. */
export function isMessageFor<P extends Partial<Protocol>>(
  handlers: Handlers<P>,
  value: unknown,
): value is Message<keyof P & MessageType> {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(handlers, type);
}

/** Runs the handler of a message its receiver serves (undefined for any other value: not ours). */
export function dispatch<P extends Partial<Protocol>>(
  handlers: Handlers<P>,
  value: unknown,
  sender: Sender,
): Promise<unknown> | undefined {
  if (!isMessageFor(handlers, value)) return undefined;
  const handle = handlers[value.type] as (m: unknown, s: Sender) => unknown;
  return Promise.resolve(handle(value, sender));
}

export type Transport = (message: unknown) => Promise<unknown>;

/** Send one typed request over a transport and get its typed reply. */
export async function ask<T extends MessageType>(send: Transport, type: T, req: Protocol[T]['req']): Promise<Reply<T>> {
  return (await send({ type, ...req })) as Reply<T>;
}

/**
 * `ask`, tried again when the message could not be delivered (an MV3 service worker being
 * stopped or starting up rejects it). Any reply is final, even an unsuccessful one.
 */
export async function askUntilDelivered<T extends MessageType>(
  send: Transport,
  type: T,
  req: Protocol[T]['req'],
  delaysMs: readonly number[] = [250, 1000, 3000],
): Promise<Reply<T> | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask(send, type, req);
    } catch {
      const delay = delaysMs[attempt];
      if (delay === undefined) return null;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
