package switchboard.adapter.in.dripcel.sms;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import switchboard.adapter.in.dripcel.ApiKeyFilter;
import switchboard.adapter.in.dripcel.DripcelAnswer;
import switchboard.adapter.in.dripcel.DripcelApiController;
import switchboard.adapter.in.guard.IdempotentSends;
import switchboard.application.contact.NormalizePhoneNumberUseCase;
import switchboard.application.message.GetMessageUseCase;
import switchboard.application.message.MessageRecord;
import switchboard.application.send.RecipientOutcome;
import switchboard.application.send.SendMessageUseCase;
import switchboard.application.send.SendResult;
import switchboard.application.shared.NotFoundException;
import switchboard.application.sms.SmsPrices;
import switchboard.domain.InvalidValueException;
import switchboard.domain.credential.Credential;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.PhoneNumber;

/**
 * Dripcel's single SMS: a cell read in its country, priced by its segments, and its delivery
 * status by the {@code customerId} the send answered with (the message's id).
 */
@Controller("/send/sms")
@Consumes(MediaType.ALL)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SmsController extends DripcelApiController {

    private final NormalizePhoneNumberUseCase phones;
    private final SendMessageUseCase sendMessage;
    private final GetMessageUseCase getMessage;
    private final SmsPrices prices;

    public SmsController(NormalizePhoneNumberUseCase phones, SendMessageUseCase sendMessage, GetMessageUseCase getMessage,
                         SmsPrices prices) {
        this.phones = phones;
        this.sendMessage = sendMessage;
        this.getMessage = getMessage;
        this.prices = prices;
    }

    @Post
    public DripcelAnswer<SmsSent> send(HttpRequest<?> http, @RequestAttribute(ApiKeyFilter.CREDENTIAL) Credential key,
                                       @Valid @Body SendSmsRequest request) {
        DeliveryMethod method = DeliveryMethod.parse(request.deliveryMethod());
        String country = request.country().toUpperCase(Locale.ROOT);
        PhoneNumber cell = phones.normalize(request.cell(), country).orElseThrow(() -> new InvalidValueException(
                "cell '" + request.cell() + "' is not a possible phone number in " + country));
        SendResult result = sendMessage.send(IdempotentSends.single(http, request.command(key.tenantId(), cell)));
        String customerId = result.messageId().orElseThrow().toString();
        if (!(result.outcomes().get(0) instanceof RecipientOutcome.Accepted accepted)) {
            return DripcelAnswer.ok(new SmsSent(customerId, BigDecimal.ZERO, 1));
        }
        Delivery sms = accepted.deliveries().get(0);
        return DripcelAnswer.ok(new SmsSent(customerId, prices.cost(result.contentOf(sms).plainBody(), country,
                Optional.of(method.apiName())), 0));
    }

    @Get("/{customerId}")
    public DripcelAnswer<SmsStatus> status(@RequestAttribute(ApiKeyFilter.CREDENTIAL) Credential key, String customerId) {
        MessageRecord record = getMessage.get(key.tenantId(), messageId(customerId));
        Delivery sms = record.deliveries().stream().filter(delivery -> delivery.channel() == Channel.SMS).findFirst()
                .orElseThrow(() -> new NotFoundException("SMS send", customerId));
        return DripcelAnswer.ok(SmsStatus.of(record.message(), sms));
    }

    private static MessageId messageId(String customerId) {
        try {
            return new MessageId(UUID.fromString(customerId));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("SMS send", customerId);
        }
    }
}
