package switchboard.adapter.in.admin.send;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The documented CommunicationBatchResponseDto: one result per requested channel, in request order. */
@Serdeable
public record SendResponse(List<ChannelResult> results) {
}
