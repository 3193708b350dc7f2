package switchboard.adapter.in.capillary.send;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A file sent with an email. {@code fileData} is base64 when {@code fileEncodingType} says so,
 * else the file's text as it is. {@code fileType} is a format ({@code pdf}) or a media type.
 * The answer echoes it without its data.
 */
@Serdeable
public record EmailAttachment(@JsonProperty("file_name") @Nullable String fileName,
                              @JsonProperty("file_type") @Nullable String fileType,
                              @JsonProperty("file_data") @Nullable String fileData,
                              @JsonProperty("file_encoding_type") @Nullable String fileEncodingType) {

    @Override
    public String toString() {
        return "EmailAttachment[" + fileName + ", " + fileType + ", " + fileEncodingType + "]";
    }
}
