import type { Owner } from '$shared/schemas.js';

declare global {
  namespace App {
    interface Locals {
      /** The signed-in user, resolved from the session cookie by hooks.server.ts; null when signed out. */
      owner: Owner | null;
      /** The raw session token from the cookie, kept so sign-out can end exactly this session. */
      sessionToken: string | null;
    }
    interface Error {
      message: string;
      /** A data file of the user's cannot be read (StoreCorruptError): the error page shows the way out. */
      unreadable?: boolean;
    }
  }
}

export {};
