package switchboard.adapter.in.capillary.send;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import switchboard.adapter.in.capillary.CapillaryApiController;
import switchboard.adapter.in.capillary.Fault;
import switchboard.adapter.in.capillary.RequestRefused;
import switchboard.adapter.in.capillary.StatusCode;
import switchboard.adapter.in.capillary.auth.CapillaryAuthenticator;
import switchboard.adapter.in.guard.IdempotentSends;
import switchboard.application.send.BatchItem;
import switchboard.application.send.BatchSendOutcome;
import switchboard.application.send.RecipientOutcome;
import switchboard.application.send.SendBatchUseCase;
import switchboard.application.send.SendCommand;
import switchboard.application.send.SendResult;
import switchboard.domain.InvalidValueException;
import switchboard.domain.tenant.TenantId;

/**
 * Capillary's {@code POST /v2/communications/sendMessage}: a batch of one channel's items, each
 * checked and sent as a message of its own, so that one bad item never stops the others. The
 * caller is authenticated before the body is read. 200 when at least one item was accepted
 * (status code 200, or 201 when some failed); 400 when none was (status code 500, Capillary's
 * "all requests have failed", with {@code success: false}).
 */
@Controller("/v2/communications")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SendMessageController extends CapillaryApiController {

    private static final String UNREADABLE = "The body could not be read: it must be a JSON object holding the channel's list"
            + " (sms, email, whatsappMessage or zaloMessage), at the top or inside 'root'.";

    private final CapillaryAuthenticator authenticator;
    private final SendBatchUseCase sendBatch;
    private final JsonMapper json;
    private final Map<CapillaryChannel, ItemReader<?>> readers = new EnumMap<>(CapillaryChannel.class);
    private final int maxItems;

    public SendMessageController(CapillaryAuthenticator authenticator, SendBatchUseCase sendBatch, JsonMapper json,
                                 PhoneMessages phoneMessages, SmsReader sms, EmailReader email, EchoMapper echo,
                                 @Value("${switchboard.capillary.max-items:1000}") int maxItems) {
        this.authenticator = authenticator;
        this.sendBatch = sendBatch;
        this.json = json;
        this.maxItems = maxItems;
        readers.put(CapillaryChannel.SMS, sms);
        readers.put(CapillaryChannel.EMAIL, email);
        readers.put(CapillaryChannel.WHATSAPP, TemplateMessageReader.whatsapp(phoneMessages, echo));
        readers.put(CapillaryChannel.ZALO, TemplateMessageReader.zalo(phoneMessages, echo));
    }

    @Post(value = "/sendMessage", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<SendMessageResponse> send(HttpRequest<?> http, @Nullable @QueryValue String channel,
                                                  @Nullable @Body byte[] body) {
        TenantId tenant = authenticator.sender(http);
        CapillaryChannel chosen = CapillaryChannel.named(channel).orElseThrow(() -> new RequestRefused(HttpStatus.BAD_REQUEST,
                Fault.UNKNOWN_CHANNEL, "'" + channel + "' is not a channel; use one of " + CapillaryChannel.NAMES + "."));
        SendMessageResponse response = SendMessageResponse.of(chosen, sendAll(http, readers.get(chosen), chosen, batch(body),
                tenant));
        return HttpResponse.status(response.status().success() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(response);
    }

    @Override
    protected MutableHttpResponse<?> refuse(HttpStatus status, Fault fault, String message) {
        MutableHttpResponse<SendMessageResponse> response = HttpResponse.status(status)
                .body(SendMessageResponse.refused(fault, message));
        return status == HttpStatus.UNAUTHORIZED
                ? response.header("WWW-Authenticate", "Basic realm=\"Capillary\", charset=\"UTF-8\"") : response;
    }

    /** The body's batch; read from its bytes, so that bytes that are not UTF-8 are refused rather than replaced. */
    private MessageBatch batch(byte[] body) {
        if (body == null || body.length == 0) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, Fault.UNREADABLE_BODY, UNREADABLE);
        }
        try {
            MessageBatch batch = json.readValue(body, MessageBatch.class);
            if (batch == null) {
                throw new RequestRefused(HttpStatus.BAD_REQUEST, Fault.UNREADABLE_BODY, UNREADABLE);
            }
            return batch.unwrapped();
        } catch (IOException e) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, Fault.UNREADABLE_BODY, UNREADABLE);
        }
    }

    private <I> List<ItemResult> sendAll(HttpRequest<?> http, ItemReader<I> reader, CapillaryChannel channel, MessageBatch batch,
                                         TenantId tenant) {
        List<I> items = reader.items(batch);
        if (items == null || items.isEmpty()) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, Fault.NOTHING_TO_SEND, "The body holds no '"
                    + channel.requestList() + "' list, or an empty one, for channel " + channel.apiName() + ".");
        }
        if (items.size() > maxItems) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, Fault.TOO_MANY_ITEMS, "A request may hold at most " + maxItems
                    + " items; this one holds " + items.size() + ". Send them in several requests.");
        }
        List<ItemCheck> checks = new ArrayList<>(items.size());
        List<BatchItem> toSend = new ArrayList<>(items.size());
        for (I item : items) {
            ItemCheck check = new ItemCheck();
            checks.add(check);
            toSend.add(command(reader, item, tenant, check).<BatchItem>map(BatchItem.Send::new)
                    .orElseGet(() -> new BatchItem.Refused(check.errors().stream().map(StatusCode::message)
                            .collect(Collectors.joining(" ")))));
        }
        List<BatchSendOutcome> outcomes = sendBatch.sendAll(tenant, IdempotentSends.batch(http, toSend));
        List<ItemResult> results = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            record(outcomes.get(index), checks.get(index));
            results.add(reader.result(items.get(index), checks.get(index)));
        }
        return results;
    }

    private static <I> Optional<SendCommand> command(ItemReader<I> reader, I item, TenantId tenant, ItemCheck check) {
        if (item == null) {
            check.error(Fault.INVALID_ITEM, "An item must be a JSON object.");
            return Optional.empty();
        }
        try {
            return reader.read(item, tenant, check);
        } catch (InvalidValueException e) {
            check.error(Fault.INVALID_ITEM, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Adds what the send made of an item to its check: the recipients it rejected, or why the
     * domain refused an item the reader let through (one the reader refused holds its errors already).
     */
    private static void record(BatchSendOutcome outcome, ItemCheck check) {
        if (outcome instanceof BatchSendOutcome.Sent sent) {
            recordRejections(sent.result(), check);
        } else if (!check.failed()) {
            check.error(Fault.INVALID_ITEM, ((BatchSendOutcome.Refused) outcome).reason());
        }
    }

    private static void recordRejections(SendResult result, ItemCheck check) {
        result.outcomes().stream().filter(RecipientOutcome.Rejected.class::isInstance).map(RecipientOutcome.Rejected.class::cast)
                .forEach(rejected -> check.error(Fault.INVALID_ITEM, rejected.detail()));
    }
}
