package switchboard.domain.message;

import static switchboard.domain.Invariants.containsLineBreak;
import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requireNoNul;

/**
 * What a message says. The subject is the email subject and the title of pushes and in-app
 * messages; {@code text} and {@code html} are alternative bodies, at least one present.
 */
public record Content(String subject, String text, String html) {

    public static final int MAX_SUBJECT_LENGTH = 998;
    public static final int MAX_BODY_LENGTH = 10 * 1024 * 1024;

    public Content {
        require(subject == null || subject.length() <= MAX_SUBJECT_LENGTH, "the subject is longer than %d characters", MAX_SUBJECT_LENGTH);
        require(subject == null || !containsLineBreak(subject), "the subject must not contain line breaks");
        require(text != null || html != null, "a message needs a text or an HTML body");
        require(text == null || text.length() <= MAX_BODY_LENGTH, "the text body is larger than %d characters", MAX_BODY_LENGTH);
        require(html == null || html.length() <= MAX_BODY_LENGTH, "the HTML body is larger than %d characters", MAX_BODY_LENGTH);
        requireNoNul(subject, "the subject");
        requireNoNul(text, "the text body");
        requireNoNul(html, "the HTML body");
    }

    public static Content text(String subject, String text) {
        return new Content(subject, text, null);
    }

    public static Content html(String subject, String html) {
        return new Content(subject, null, html);
    }

    /** The body for channels that show plain text: the text, else the HTML as written. */
    public String plainBody() {
        return text != null ? text : html;
    }
}
