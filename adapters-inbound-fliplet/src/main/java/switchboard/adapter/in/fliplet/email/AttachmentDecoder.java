package switchboard.adapter.in.fliplet.email;

import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import switchboard.adapter.in.fliplet.InvalidRequestException;
import switchboard.domain.message.Attachment;

/** Turns Fliplet's attachments and inline images into the domain's, decoding their content. */
final class AttachmentDecoder {

    static final String ENCODINGS = "base64, hex, binary (latin1), utf8 (the default)";

    private AttachmentDecoder() {
    }

    static Attachment attachment(AttachmentPayload payload, int index) {
        if (payload.name() == null || payload.name().isBlank()) {
            throw new InvalidRequestException("attachments[" + index + "] needs a name");
        }
        byte[] content = bytes(payload.content(), payload.encoding(), "attachments[" + index + "]");
        return Attachment.file(payload.name(), mediaType(payload.type(), payload.name()), content);
    }

    static Attachment image(ImagePayload payload, int index) {
        String where = "images[" + index + "]";
        if (payload.name() == null || payload.name().isBlank()) {
            throw new InvalidRequestException(where + " needs a name, which the HTML refers to as cid:<name>");
        }
        return new Attachment(payload.name(), mediaType(payload.type(), payload.name()),
                bytes(payload.content(), "base64", where), payload.name());
    }

    private static byte[] bytes(Object content, String encoding, String where) {
        if (content instanceof Map<?, ?> buffer && "Buffer".equals(buffer.get("type")) && buffer.get("data") instanceof List<?> data) {
            return nodeBuffer(data, where);
        }
        if (!(content instanceof String text)) {
            throw new InvalidRequestException(where + " needs its content as a string or a Buffer");
        }
        String name = encoding == null ? "utf8" : encoding.toLowerCase(Locale.ROOT).replace("-", "");
        try {
            return switch (name) {
                case "base64" -> Base64.getMimeDecoder().decode(text);
                case "hex" -> HexFormat.of().parseHex(text.strip());
                case "binary", "latin1" -> text.getBytes(StandardCharsets.ISO_8859_1);
                case "utf8" -> text.getBytes(StandardCharsets.UTF_8);
                default -> throw new InvalidRequestException(where + ": '" + encoding + "' is not an encoding Switchboard reads; use "
                        + ENCODINGS);
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(where + ": the content is not valid " + name);
        }
    }

    private static byte[] nodeBuffer(List<?> data, String where) {
        byte[] bytes = new byte[data.size()];
        for (int i = 0; i < bytes.length; i++) {
            if (!(data.get(i) instanceof Number number) || number.intValue() < 0 || number.intValue() > 255) {
                throw new InvalidRequestException(where + ": a Buffer holds bytes from 0 to 255");
            }
            bytes[i] = (byte) number.intValue();
        }
        return bytes;
    }

    /** The type given, else one guessed from the file name, else a plain stream of bytes. */
    private static String mediaType(String given, String fileName) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        String guessed = URLConnection.guessContentTypeFromName(fileName);
        return guessed != null ? guessed : "application/octet-stream";
    }
}
