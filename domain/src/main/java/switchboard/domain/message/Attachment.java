package switchboard.domain.message;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

import static switchboard.domain.Invariants.containsLineBreak;
import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requireNoNul;
import static switchboard.domain.Invariants.requireText;

/**
 * A file sent with an email. An inline attachment has a content id and is shown in the
 * HTML body where it is referenced as {@code cid:<contentId>}.
 */
public record Attachment(String fileName, String contentType, byte[] content, String contentId) {

    public static final int MAX_FILE_NAME_LENGTH = 255;

    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}");

    public Attachment {
        requireText(fileName, "an attachment's file name", MAX_FILE_NAME_LENGTH);
        require(contentType != null && MEDIA_TYPE.matcher(contentType).matches(),
                "'%s' is not a media type such as text/plain", contentType);
        require(content != null, "an attachment needs content");
        content = content.clone();
        require(contentId == null || !contentId.isBlank() && !containsLineBreak(contentId),
                "an inline attachment's content id must be a single non-blank line");
        requireNoNul(contentId, "an inline attachment's content id");
    }

    public static Attachment file(String fileName, String contentType, byte[] content) {
        return new Attachment(fileName, contentType, content, null);
    }

    public boolean inline() {
        return contentId != null;
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that && fileName.equals(that.fileName) && contentType.equals(that.contentType)
                && Arrays.equals(content, that.content) && Objects.equals(contentId, that.contentId);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * fileName.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + contentType + ", " + content.length + " bytes"
                + (contentId == null ? "" : ", inline as " + contentId) + "]";
    }
}
