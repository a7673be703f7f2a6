package com.becflow.integrations.identity;

/**
 * A bearer token was refused: malformed, not signed by the issuer's key, expired, for someone else, or
 * carrying claims Becflow cannot trust. The message says why, for logs; it never contains the token itself.
 */
public class InvalidToken extends RuntimeException {

    public InvalidToken(String reason) {
        super(reason);
    }

    public InvalidToken(String reason, Throwable cause) {
        super(reason, cause);
    }
}
