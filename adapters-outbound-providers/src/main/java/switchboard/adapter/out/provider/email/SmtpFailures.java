package switchboard.adapter.out.provider.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import java.net.SocketTimeoutException;
import java.util.Set;

import switchboard.adapter.out.provider.support.ProviderText;
import switchboard.domain.delivery.AttemptResult;

/**
 * What a failed SMTP conversation means for the delivery. The server's reply code decides:
 * 5xx is permanent (the address does not exist, the message is refused) and 4xx is temporary
 * (mailbox busy, greylisting, server shutting down). Failures without a reply (no
 * connection, a timeout, refused credentials) are the gateway's side of the wire and are tried
 * again later.
 * <p>
 * The permanent codes that are about the gateway itself rather than the email, "authentication
 * required" and the like (RFC 4954), are also tried again: a configuration mistake must not
 * fail every email for good before anyone can fix it.
 */
final class SmtpFailures {

    private static final Set<Integer> AUTHENTICATION_REPLIES = Set.of(530, 534, 535, 538);

    private SmtpFailures() {
    }

    static AttemptResult outcomeOf(MessagingException failure) {
        for (Exception cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SMTPAddressFailedException refused) {
                return byReply(refused.getReturnCode(), refused.getMessage());
            }
        }
        if (failure instanceof SMTPSendFailedException refused) {
            return byReply(refused.getReturnCode(), refused.getMessage());
        }
        if (failure instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                && refused.getInvalidAddresses().length > 0) {
            return new AttemptResult.Rejected("the recipient address was refused: " + describe(failure));
        }
        if (failure instanceof AuthenticationFailedException) {
            return new AttemptResult.Deferred("the SMTP server refused the credentials: " + describe(failure));
        }
        return new AttemptResult.Deferred("SMTP failed: " + describe(failure));
    }

    /**
     * Whether the conversation broke off without any reply from the server, as when it had closed
     * the connection: no reply code, no refused credentials, no timeout waiting for a reply (the
     * server may have taken the message).
     */
    static boolean noReply(MessagingException failure) {
        for (Exception cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SMTPAddressFailedException refused && refused.getReturnCode() > 0
                    || cause instanceof SMTPSendFailedException failed && failed.getReturnCode() > 0
                    || cause instanceof AuthenticationFailedException || cause instanceof SocketTimeoutException) {
                return false;
            }
        }
        return true;
    }

    private static AttemptResult byReply(int code, String text) {
        String reply = reply(code, text);
        boolean permanent = code >= 500 && code <= 599 && !AUTHENTICATION_REPLIES.contains(code);
        return permanent ? new AttemptResult.Rejected(reply) : new AttemptResult.Deferred(reply);
    }

    /** "550 5.1.1 no such user": the code, then the server's text on one line. */
    private static String reply(int code, String text) {
        String line = ProviderText.oneLine(text);
        return line.startsWith(Integer.toString(code)) ? line : (code + " " + line).strip();
    }

    private static Exception next(Exception exception) {
        return exception instanceof MessagingException messaging ? messaging.getNextException() : null;
    }

    /** The exception's message and those of its causes, on one line. */
    private static String describe(Exception failure) {
        StringBuilder description = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !description.toString().contains(cause.getMessage())) {
                description.append(": ").append(cause.getMessage());
            }
        }
        return description.toString().strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
