package switchboard.adapter.in.fliplet.sms;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import switchboard.adapter.in.fliplet.InvalidRequestException;
import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.message.Content;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

/** Turns a Fliplet SMS request into a send command. */
@Singleton
public class FlipletSms {

    static final String SUPPORTED_PROVIDERS = "twilio";

    private static final String ORIGIN = "fliplet";
    /** A Twilio account SID: AC and 32 hexadecimal digits. */
    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");

    /**
     * {@code data.to} must be in E.164 form, as Twilio requires; {@code data.from} becomes the
     * message's sender. The Twilio credentials in {@code options}, when given, are sealed with the
     * message and used for it alone.
     */
    public SendCommand command(TenantId tenantId, SmsRequest request) {
        if (request.provider() == null || !SUPPORTED_PROVIDERS.equals(request.provider().toLowerCase(Locale.ROOT))) {
            throw new InvalidRequestException("The provider '" + request.provider() + "' is not supported; supported providers: "
                    + SUPPORTED_PROVIDERS);
        }
        SmsRequest.Data data = request.data();
        if (data == null || data.to() == null || data.body() == null || data.body().isBlank()) {
            throw new InvalidRequestException("'data.to' and 'data.body' are required");
        }
        SendCommand command = SendCommand.of(tenantId, ORIGIN, Content.text(null, data.body()),
                List.of(new RecipientRequest.ToAddress(Recipient.of(Channel.SMS, data.to().strip()))));
        if (data.from() != null && !data.from().isBlank()) {
            command = command.withSender(data.from().strip());
        }
        return request.options() == null ? command : command.withProviderAccount(Channel.SMS, account(request.options()));
    }

    private static ProviderAccount account(SmsRequest.Options options) {
        if (options.twilioSid() == null || options.twilioAuthToken() == null) {
            throw new InvalidRequestException("'options' needs both twilio_sid and twilio_auth_token");
        }
        if (!ACCOUNT_SID.matcher(options.twilioSid()).matches()) {
            throw new InvalidRequestException("'options.twilio_sid' is not a Twilio account SID (AC and 32 hexadecimal digits)");
        }
        return new ProviderAccount(Map.of("accountSid", options.twilioSid()), Map.of("authToken", options.twilioAuthToken()));
    }
}
