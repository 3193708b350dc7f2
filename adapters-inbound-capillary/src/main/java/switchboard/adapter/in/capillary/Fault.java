package switchboard.adapter.in.capillary;

/**
 * The codes this dialect answers with besides success: Capillary's documented ones
 * (4203, 4201, 8055, 403 for items; 401, 403, 413 for requests), the HTTP status as the code
 * for the gateway's guards (409, 422, 429), and Switchboard's own, in the 7000 range, where
 * Capillary documents none for communications. README's "Capillary v2 communications" section
 * lists them.
 */
public enum Fault {
    /** An SMS without its mobile number or body. */
    MISSING_MOBILE_OR_BODY(4203),
    /** An email without a subject. */
    MISSING_SUBJECT(4201),
    /** An email address that is missing where required, or not an address. */
    INVALID_EMAIL(8055),
    /** A WhatsApp or Zalo message without its receiver. */
    MISSING_RECEIVER(403),
    /** A mobile number that is not a possible number. */
    INVALID_MOBILE(7101),
    /** A WhatsApp or Zalo message without its template text. */
    MISSING_TEMPLATE(7102),
    /** A scheduledTime that is not an ISO 8601 date and time with an offset. */
    INVALID_SCHEDULED_TIME(7103),
    /** An attachment without a name or data, or whose data cannot be decoded. */
    INVALID_ATTACHMENT(7104),
    /** Any other fault of an item (or, rarely, of a request); the message says which. */
    INVALID_ITEM(7105),
    /** A warning: a mobile number without its country code was read as a number of the default region. */
    NATIONAL_NUMBER(7201),
    /** The body is not JSON of the documented shape. */
    UNREADABLE_BODY(7001),
    /** The channel is none of sms, whatsapp, email, zalo. */
    UNKNOWN_CHANNEL(7002),
    /** The body holds no item for the channel. */
    NOTHING_TO_SEND(7003),
    /** The body holds more items than the gateway accepts in one request. */
    TOO_MANY_ITEMS(7004),
    /** The Idempotency-Key header is empty, longer than 255 characters, or not printable ASCII. */
    INVALID_IDEMPOTENCY_KEY(7005),
    /** A request with the same Idempotency-Key is still being handled. */
    IN_PROGRESS(409),
    /** The Idempotency-Key was used for a different request. */
    KEY_REUSED(422),
    /** The credential used up its rate limit. */
    TOO_MANY_REQUESTS(429),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    TOO_LARGE(413),
    INTERNAL_ERROR(500),
    /** The gateway's database cannot be reached for now; Retry-After says when to try again. */
    UNAVAILABLE(503);

    private final int code;

    Fault(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
