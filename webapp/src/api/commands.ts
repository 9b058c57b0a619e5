import { api, ApiError, FieldError } from './client';
import { streamIsOpen, subscribe } from './events';

/**
 * Commands are acknowledged (202, PENDING), not executed, by the gateway. `perform` sends one and follows it to
 * its outcome: from the event stream as soon as the outcome is published, and from GET /api/v1/commands/{id}
 * straight away (the outcome may come before we listen), on every reconnection of the stream, and every few seconds
 * while the stream is down (every ten while it is up, in case an outcome went astray).
 */

export interface CommandStatus {
  commandId: string;
  status: 'PENDING' | 'SUCCEEDED' | 'REJECTED' | 'FAILED';
  reason?: string;
  message?: string;
  resourceId?: string;
}

/** A command the shop refused or could not carry out, with the reason in words. */
export class CommandRejected extends Error {
  constructor(
    readonly reason: string | undefined,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'CommandRejected';
  }
}

const REASONS: Record<string, string> = {
  SKU_TAKEN: 'Another item already has that SKU. Please choose another.',
  ITEM_EXISTS: 'That item exists already.',
  UNSUPPORTED_CURRENCY: 'The shop does not sell in that currency: use the shop\'s currency.',
  STOCK_EXISTS: 'This product has a stock record already.',
  ORDER_NOT_CONFIRMED: 'Only a confirmed order can be shipped.',
  NOT_FOUND: 'We could not find that; it may have been removed.',
  OUT_OF_STOCK: 'Sorry, there is not enough of that item in stock.',
  INSUFFICIENT_STOCK: 'Sorry, there is not enough of that item in stock.',
  CART_CHECKED_OUT: 'This cart has already been checked out.',
  CART_DISCARDED: 'This cart was discarded.',
  ACTIVE_CART_EXISTS: 'You already have a cart.',
  EMPTY_CART: 'Your cart is empty: add something first.',
  EMAIL_NOT_CONFIRMED: 'Please confirm your email address first: open the link we mailed you.',
  NO_SHIPPING_ADDRESS: 'Please choose where to ship the order.',
  NO_PAYMENT_METHOD: 'Please choose how to pay.',
  UNKNOWN_PRODUCT: 'That product is not for sale right now.',
  ORDER_SHIPPED: 'The order has already shipped, so it can no longer be cancelled.',
  ORDER_IN_PROGRESS: 'The order is still being processed. Please try again in a moment.',
  QUANTITY_LIMIT: 'That is more than you can buy of one item.',
  LINE_LIMIT: 'Your cart holds as many different items as it can.',
  CURRENCY_MISMATCH: 'That item is priced in another currency than your cart.',
  INVALID: 'The shop could not accept that request.',
  INVALID_PASSWORD: 'Your current password is not correct.',
  INVALID_TOKEN: 'This is not the latest confirmation link. Open the newest mail, or ask for a new link.',
  TOKEN_EXPIRED: 'The confirmation link has expired. Ask for a new one.',
  ALREADY_CONFIRMED: 'Your email address is confirmed already.',
  ALREADY_REGISTERED: 'This account exists already.',
};

/** A reason code as a sentence; an unknown code still reads as words, never as a code or JSON. */
export function reasonToWords(reason: string | undefined, message?: string): string {
  if (reason && REASONS[reason]) return REASONS[reason];
  if (reason) {
    const words = reason.toLowerCase().replace(/_/g, ' ');
    return `The shop refused: ${words}.`;
  }
  return message && !message.trim().startsWith('{') ? message : 'Something went wrong. Please try again.';
}

const FINAL = new Set(['SUCCEEDED', 'REJECTED', 'FAILED']);

export interface FollowOptions {
  pollMs?: number;
  timeoutMs?: number;
}

/** The outcome of an accepted command; never resolves to PENDING (rejects after timeoutMs instead). */
export function outcomeOf(commandId: string, { pollMs = 2000, timeoutMs = 60_000 }: FollowOptions = {}): Promise<CommandStatus> {
  return new Promise((resolve, reject) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (status: CommandStatus | undefined, error?: Error) => {
      if (done) return;
      done = true;
      unsubscribe();
      clearTimeout(timer);
      clearTimeout(deadline);
      if (status) resolve(status);
      else reject(error);
    };
    const unsubscribe = subscribe((event) => {
      if (event.kind === 'command' && event.data.commandId === commandId && FINAL.has(event.data.status)) {
        finish({ ...event.data, status: event.data.status as CommandStatus['status'] });
      } else if (event.kind === 'open' && !done) {
        clearTimeout(timer); // reconnected: the outcome may have been published while the stream was down
        poll();
      }
    });
    const poll = () => {
      api
        .get<CommandStatus>(`/api/v1/commands/${encodeURIComponent(commandId)}`)
        .then((status) => (FINAL.has(status.status) ? finish(status) : undefined))
        .catch(() => undefined) // a failed poll is retried; the stream may still answer
        .finally(() => {
          // While the stream is up it brings the outcome; the slow poll covers one that went astray.
          if (!done) timer = setTimeout(poll, streamIsOpen() ? 5 * pollMs : pollMs);
        });
    };
    const deadline = setTimeout(
      () => finish(undefined, new CommandRejected(undefined, 'The shop is taking longer than usual. Please check again in a moment.')),
      timeoutMs,
    );
    poll();
  });
}

/** Sends a command and waits for its outcome: the final status if it succeeded, CommandRejected otherwise. */
export async function perform(method: string, path: string, body?: unknown, options?: FollowOptions): Promise<CommandStatus> {
  let accepted: CommandStatus;
  try {
    accepted = await api.request<CommandStatus>(method, path, body);
  } catch (error) {
    throw error instanceof ApiError ? new CommandRejected(undefined, error.message, error.fields) : error;
  }
  const outcome = await outcomeOf(accepted.commandId, options);
  if (outcome.status !== 'SUCCEEDED') throw new CommandRejected(outcome.reason, reasonToWords(outcome.reason, outcome.message));
  return { ...outcome, resourceId: outcome.resourceId ?? accepted.resourceId };
}
