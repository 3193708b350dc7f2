package switchboard.adapter.in.capillary.send;

import java.net.FileNameMap;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import switchboard.adapter.in.capillary.Fault;
import switchboard.domain.InvalidValueException;
import switchboard.domain.message.Attachment;

/**
 * Turns an email item's attachments into files. Capillary's documentation says
 * {@code file_encoding_type} is required for base64 images and not used for text files and
 * PDFs "which are not base64 encoded": so {@code base64} (in any case) means the data is base64,
 * and no encoding means the data is the file's text as it is, sent as UTF-8. An image without
 * an encoding, another encoding, or data that is not base64 is a fault of the item.
 */
final class AttachmentFiles {

    static final String BASE64 = "base64";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String UNKNOWN_TYPE = "application/octet-stream";

    private AttachmentFiles() {
    }

    static List<Attachment> read(EmailItem.Attachments attachments, ItemCheck check) {
        if (attachments == null || attachments.attachment() == null) {
            return List.of();
        }
        List<Attachment> files = new ArrayList<>();
        List<EmailAttachment> listed = attachments.attachment();
        for (int i = 0; i < listed.size(); i++) {
            read(listed.get(i), "Attachment " + (i + 1), check).ifPresent(files::add);
        }
        return files;
    }

    /**
     * The media type: {@code file_type} when it is one ({@code application/pdf}), else the type
     * of that format ({@code pdf}, {@code .PNG}) or of the file name's extension.
     */
    static String mediaType(EmailAttachment file) {
        String type = file.fileType() == null ? "" : file.fileType().strip().toLowerCase(Locale.ROOT);
        if (type.contains("/")) {
            return type;
        }
        FileNameMap known = URLConnection.getFileNameMap();
        String guessed = type.isEmpty() ? null : known.getContentTypeFor("file." + type.replaceFirst("^\\.", ""));
        if (guessed == null) {
            guessed = known.getContentTypeFor(file.fileName().strip().toLowerCase(Locale.ROOT));
        }
        return guessed == null ? UNKNOWN_TYPE : guessed;
    }

    private static Optional<Attachment> read(EmailAttachment file, String which, ItemCheck check) {
        if (file == null || file.fileName() == null || file.fileName().isBlank() || file.fileData() == null) {
            check.error(Fault.INVALID_ATTACHMENT, which + " needs a file_name and file_data.");
            return Optional.empty();
        }
        String mediaType = mediaType(file);
        Optional<byte[]> content = content(file, mediaType, which, check);
        try {
            return content.map(bytes -> Attachment.file(file.fileName().strip(), mediaType, bytes));
        } catch (InvalidValueException e) {
            check.error(Fault.INVALID_ATTACHMENT, which + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<byte[]> content(EmailAttachment file, String mediaType, String which, ItemCheck check) {
        String encoding = file.fileEncodingType() == null ? "" : file.fileEncodingType().strip();
        if (encoding.isEmpty()) {
            if (mediaType.startsWith("image/") && !mediaType.equals("image/svg+xml")) {
                check.error(Fault.INVALID_ATTACHMENT, which + " is an image (" + mediaType + "): its file_data must be"
                        + " base64, with file_encoding_type " + BASE64 + ".");
                return Optional.empty();
            }
            return Optional.of(file.fileData().getBytes(StandardCharsets.UTF_8));
        }
        if (!encoding.equalsIgnoreCase(BASE64)) {
            check.error(Fault.INVALID_ATTACHMENT, which + " has file_encoding_type '" + encoding + "': use " + BASE64
                    + ", or leave it out for a text file.");
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(WHITESPACE.matcher(file.fileData()).replaceAll("")));
        } catch (IllegalArgumentException e) {
            check.error(Fault.INVALID_ATTACHMENT, which + ": file_data is not valid base64.");
            return Optional.empty();
        }
    }
}
