package com.becflow.clients;

/**
 * How long each part of a client may be: the columns of the tenant schema's {@code client} table, and the
 * limits every input (form, API) checks before anything reaches it.
 */
public final class ClientLimits {

    public static final int NAME = 200;
    public static final int EMAIL = 254;
    public static final int COMPANY = 200;
    public static final int ADDRESS_LINE = 200;
    public static final int CITY = 100;
    public static final int POSTAL_CODE = 20;
    public static final int REGION = 100;
    public static final int COUNTRY = 2;
    public static final int TAX_ID = 50;
    public static final int CURRENCY = 3;
    public static final int TIME_ZONE = 64;
    public static final int LANGUAGE = 35;
    public static final int REMINDER_CHANNEL = 16;
    public static final int NOTES = 4000;

    /** The message of every length limit; Bean Validation fills in {max}. */
    public static final String TOO_LONG = "At most {max} characters";

    private ClientLimits() {
    }
}
